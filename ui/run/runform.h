// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/run/hardening.h"
#include "core/run/runprofile.h"

#include <QWidget>
#include <functional>

class QAbstractItemModel;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStringListModel;
class QTableView;

namespace Dockwright::Ui {

class CapabilitiesModel;
class EnvModel;
class MountsModel;
class PortsModel;
class TmpfsModel;

// The run form: edits one RunProfile (image, name, command, network, ports, environment, mounts, user,
// capabilities, tmpfs, limits). setProfile() shows a profile without a signal; every edit the user
// makes emits profileEdited() with the whole new profile. Fields the form has no editor for
// (--security-opt, --read-only, ...) are kept from the last profile it was given.
class RunForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunForm)
public:
    explicit RunForm(QWidget *parent = nullptr);
    ~RunForm() override;

    void setProfile(const Core::RunProfile &profile);
    const Core::RunProfile &profile() const { return m_profile; }

    // The image chooser's list (the engine's tags); the typed text is kept.
    void setImageTags(const QStringList &tags);
    // Rich text under the image field: what the image says about itself, or why it is not usable.
    void setImageHint(const QString &html);
    // Rich text under the user field; empty hides it.
    void setUserWarning(const QString &html);

    PortsModel *portsModel() const { return m_ports; }
    EnvModel *envModel() const { return m_env; }
    MountsModel *bindsModel() const { return m_binds; }
    MountsModel *volumesModel() const { return m_volumes; }
    TmpfsModel *tmpfsModel() const { return m_tmpfs; }
    CapabilitiesModel *capabilitiesModel() const { return m_caps; }

Q_SIGNALS:
    void profileEdited(const Dockwright::Core::RunProfile &profile);
    // The user picked an image from the list or finished typing its name.
    void imageChosen(const QString &ref);
    // A field that belongs to a hardening check got focus or the pointer: explain that check.
    void explainRequested(Dockwright::Core::Hardening::Check check);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildBasics();
    QWidget *buildStorage();
    QWidget *buildHardeningDetails();
    QWidget *tableWithButtons(QTableView *view, const QString &addText, const std::function<void()> &add);
    void readForm();
    void loadForm();

    Core::RunProfile m_profile;
    bool m_loading = false;

    PortsModel *m_ports = nullptr;
    EnvModel *m_env = nullptr;
    MountsModel *m_binds = nullptr;
    MountsModel *m_volumes = nullptr;
    TmpfsModel *m_tmpfs = nullptr;
    CapabilitiesModel *m_caps = nullptr;
    QStringListModel *m_imageList = nullptr;

    QComboBox *m_image = nullptr;
    QLabel *m_imageHint = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_command = nullptr;
    QLineEdit *m_entrypoint = nullptr;
    QLineEdit *m_workdir = nullptr;
    QComboBox *m_network = nullptr;
    QComboBox *m_restart = nullptr;
    QCheckBox *m_autoRemove = nullptr;
    QLineEdit *m_user = nullptr;
    QLabel *m_userWarning = nullptr;
    QLineEdit *m_memory = nullptr;
    QLineEdit *m_cpus = nullptr;
    QSpinBox *m_pids = nullptr;
};

} // namespace Dockwright::Ui
