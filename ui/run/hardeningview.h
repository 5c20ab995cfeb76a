// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/run/hardening.h"

#include <QGroupBox>

class QLabel;
class QProgressBar;
class QTreeView;

namespace Dockwright::Ui {

class HardeningModel;

// The hardening view: the score, the checklist of one Hardening::Report as toggles, the explanation of
// the check in focus, the run's warnings and the production posture button. It shows a report and asks
// for changes (toggled, productionPostureRequested); the panel applies them to the profile.
class HardeningView final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HardeningView)
public:
    explicit HardeningView(QWidget *parent = nullptr);
    ~HardeningView() override;

    HardeningModel *model() const { return m_model; }
    void setReport(const Core::Hardening::Report &report);
    const Core::Hardening::Report &report() const;
    // Shows what a check does, its status in the current report and what breaks without it.
    void showExplanation(Core::Hardening::Check check);
    QString explanationText() const;
    // Says which tmpfs paths the production posture adds for the current image, and why.
    void setPostureNote(const QString &text);
    QString postureNote() const;

Q_SIGNALS:
    void toggled(Dockwright::Core::Hardening::Check check, bool on);
    void productionPostureRequested();

private:
    // Every check in view at once: the list is the lesson.
    void fitChecklist();
    HardeningModel *m_model = nullptr;
    QTreeView *m_checklist = nullptr;
    QLabel *m_explanation = nullptr;
    QProgressBar *m_score = nullptr;
    QLabel *m_scoreLabel = nullptr;
    QLabel *m_warnings = nullptr;
    QLabel *m_postureNote = nullptr;
};

} // namespace Dockwright::Ui
