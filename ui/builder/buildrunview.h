// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/builder/builderror.h"
#include "core/builder/buildresult.h"

#include <QPointer>
#include <QStringDecoder>
#include <QWidget>
#include <memory>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTimer;
class QTreeView;

namespace Dockwright::Core {
class BuildJob;
}

namespace Dockwright::Ui {

class BuildStepModel;

// The build as it runs: Build/Cancel, the context upload's progress, the steps in Dockerfile order
// with their durations, the selected step's output (appended as it arrives, following the step that
// prints until the user picks one) and the result line with Explore layers / Run. It shows a
// BuildJob; starting, cancelling and recording builds stay with the panel.
class BuildRunView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildRunView)
public:
    explicit BuildRunView(QWidget *parent = nullptr);
    ~BuildRunView() override;

    BuildStepModel *stepModel() const { return m_steps; }
    QTreeView *stepView() const { return m_stepView; }
    int currentStepRow() const; // the step model row of the view's current step; -1 when none
    QString resultText() const;

    void showNoEngine();
    // Follows the engine connection: "No engine" while there is none and no build runs, cleared once
    // it is back (it used to stay after a reconnect).
    void setEngineAvailable(bool available);
    void showPreparing(); // git and the context are being read: Build off, Cancel on
    void showCancelled(); // cancelled before the job started
    void follow(Core::BuildJob *job); // a new build: cleared, then shown live until finished()
    void showSucceeded(const Core::BuildResult &result);
    // fileName: the Dockerfile's name for "Dockerfile line 3", when the error has a line.
    void showFailed(const Core::BuildError &error, const QString &fileName);
    void showFinished(const Core::BuildJob &job); // the final steps; points at what matters

Q_SIGNALS:
    void buildClicked();
    void cancelClicked();
    void exploreClicked();
    void runClicked();

private:
    void showStepLog();
    void selectStep(int row);

    QPushButton *m_buildButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_state = nullptr;
    BuildStepModel *m_steps = nullptr;
    QSortFilterProxyModel *m_stepOrder = nullptr; // Dockerfile order
    QTreeView *m_stepView = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QLabel *m_resultLabel = nullptr;
    QPushButton *m_exploreButton = nullptr;
    QPushButton *m_runButton = nullptr;
    QTimer *m_clock = nullptr;
    QPointer<Core::BuildJob> m_job;
    bool m_noEngine = false; // m_state says "No engine"
    bool m_followOutput = true; // select the step that prints until the user picks one
    struct ShownLog // what the step log shows, so that new output is appended
    {
        int row = -1;
        qsizetype bytes = -1;
        QByteArray tail; // the last bytes shown: a log that was replaced, not grown, differs here
        QString error;
        std::shared_ptr<QStringDecoder> decoder;
    } m_shownLog;
};

} // namespace Dockwright::Ui
