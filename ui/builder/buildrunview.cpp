// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildrunview.h"

#include "buildpanel.h"
#include "buildstepmodel.h"
#include "core/builder/buildjob.h"
#include "core/common/bytesize.h"
#include "core/common/duration.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTextCursor>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

// The texts keep BuildPanel's translation context, where they were translated before this view was
// cut out of the panel.

BuildRunView::BuildRunView(QWidget *parent)
    : QWidget(parent)
    , m_steps(new BuildStepModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *controls = new QHBoxLayout;
    m_buildButton = new QPushButton(QIcon::fromTheme(QStringLiteral("run-build")), BuildPanel::tr("Build"), this);
    m_buildButton->setDefault(true);
    m_cancelButton = new QPushButton(BuildPanel::tr("Cancel"), this);
    m_cancelButton->setEnabled(false);
    m_progress = new QProgressBar(this);
    m_progress->setFormat(BuildPanel::tr("Context %p%"));
    m_progress->setValue(0);
    m_progress->setObjectName(QStringLiteral("contextProgress"));
    m_progress->hide(); // only while the context is sent
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("buildState"));
    m_state->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    controls->addWidget(m_buildButton);
    controls->addWidget(m_cancelButton);
    controls->addWidget(m_state, 1);
    layout->addLayout(controls);
    // The context upload on a row of its own: its text ("Context 3.07 kB of 3.07 kB") stays whole in
    // the narrow column of a 1024 px window, in any language.
    layout->addWidget(m_progress);
    connect(m_buildButton, &QPushButton::clicked, this, &BuildRunView::buildClicked);
    connect(m_cancelButton, &QPushButton::clicked, this, &BuildRunView::cancelClicked);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_stepView = new QTreeView(splitter);
    m_stepView->setObjectName(QStringLiteral("steps"));
    m_stepView->setRootIsDecorated(false);
    m_stepView->setUniformRowHeights(true);
    m_stepOrder = new QSortFilterProxyModel(this);
    m_stepOrder->setSourceModel(m_steps);
    m_stepOrder->setSortRole(BuildStepModel::DisplayOrderRole);
    m_stepOrder->setDynamicSortFilter(true);
    m_stepOrder->sort(0);
    m_stepView->setModel(m_stepOrder);
    m_stepView->header()->setStretchLastSection(false);
    m_stepView->header()->setSectionResizeMode(BuildStepModel::NameColumn, QHeaderView::Stretch);
    for (int column = BuildStepModel::StageColumn; column < BuildStepModel::ColumnCount; ++column)
        m_stepView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // A cached step's Status says "cached" (State::Cached is exactly step.cached): the CACHED column would
    // repeat it and take the width the step names need in a narrow window.
    m_stepView->setColumnHidden(BuildStepModel::CacheColumn, true);
    // The Stage column only when a step names a stage (multi-stage builds): in a single-stage build
    // it is empty and takes the width the step names need in a narrow window.
    auto updateStageColumn = [this] {
        bool any = false;
        for (int row = 0; row < m_steps->rowCount() && !any; ++row)
            any = !m_steps->index(row, BuildStepModel::StageColumn).data().toString().isEmpty();
        m_stepView->setColumnHidden(BuildStepModel::StageColumn, !any);
    };
    connect(m_steps, &QAbstractItemModel::rowsInserted, this, updateStageColumn);
    connect(m_steps, &QAbstractItemModel::modelReset, this, updateStageColumn);
    connect(m_steps, &QAbstractItemModel::dataChanged, this, updateStageColumn);
    updateStageColumn();
    connect(m_stepView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &BuildRunView::showStepLog);
    connect(m_stepView, &QTreeView::pressed, this, [this] { m_followOutput = false; });
    m_log = new QPlainTextEdit(splitter);
    m_log->setObjectName(QStringLiteral("stepLog"));
    m_log->setReadOnly(true);
    m_log->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_log->setPlaceholderText(BuildPanel::tr("Select a step to see its output."));
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    // The result sentence over the full width, its two next steps below it on the right.
    auto *resultRow = new QHBoxLayout;
    m_resultLabel = new QLabel(this);
    m_resultLabel->setObjectName(QStringLiteral("result"));
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_resultLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_resultLabel->hide(); // until a build ends
    m_exploreButton = new QPushButton(BuildPanel::tr("Explore layers"), this);
    m_runButton = new QPushButton(BuildPanel::tr("Run"), this);
    m_exploreButton->setEnabled(false);
    m_runButton->setEnabled(false);
    connect(m_exploreButton, &QPushButton::clicked, this, &BuildRunView::exploreClicked);
    connect(m_runButton, &QPushButton::clicked, this, &BuildRunView::runClicked);
    layout->addWidget(m_resultLabel);
    resultRow->addStretch(1);
    resultRow->addWidget(m_exploreButton);
    resultRow->addWidget(m_runButton);
    layout->addLayout(resultRow);

    m_clock = new QTimer(this);
    m_clock->setInterval(500);
    connect(m_clock, &QTimer::timeout, m_steps, &BuildStepModel::refreshDurations);
}

BuildRunView::~BuildRunView() = default;

int BuildRunView::currentStepRow() const
{
    const QModelIndex current = m_stepOrder->mapToSource(m_stepView->currentIndex());
    return current.isValid() ? current.row() : -1;
}

QString BuildRunView::resultText() const
{
    return m_resultLabel->text();
}

void BuildRunView::showNoEngine()
{
    m_state->setText(BuildPanel::tr("No engine"));
    m_noEngine = true;
}

void BuildRunView::setEngineAvailable(bool available)
{
    if (!available && !m_job && m_buildButton->isEnabled())
        showNoEngine();
    else if (available && m_noEngine) {
        m_state->setText(BuildPanel::tr("Ready"));
        m_noEngine = false;
    }
}

void BuildRunView::showPreparing()
{
    m_noEngine = false;
    m_buildButton->setEnabled(false);
    m_cancelButton->setEnabled(true);
    m_state->setText(BuildPanel::tr("Preparing…"));
}

void BuildRunView::showCancelled()
{
    m_state->setText(BuildPanel::tr("Cancelled"));
    m_buildButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
}

void BuildRunView::follow(BuildJob *job)
{
    m_job = job;
    m_steps->clear();
    m_log->clear();
    m_shownLog = {};
    m_followOutput = true;
    m_resultLabel->clear();
    m_resultLabel->hide();
    m_exploreButton->setEnabled(false);
    m_runButton->setEnabled(false);
    m_progress->setValue(0);
    m_progress->setFormat(BuildPanel::tr("Context %p%"));
    m_progress->show();
    showPreparing();

    connect(job, &BuildJob::contextProgress, this, [this](qint64 sent, qint64 total) {
        m_progress->setMaximum(total > 0 ? 1000 : 0);
        m_progress->setValue(total > 0 ? int(sent * 1000 / total) : 0);
        m_progress->setFormat(
            BuildPanel::tr("Context %1 of %2").arg(formatBytes(sent, QLocale()), formatBytes(total, QLocale())));
    });
    connect(job, &BuildJob::stateChanged, this, [this](BuildJob::State state) {
        if (state == BuildJob::State::Running)
            m_state->setText(BuildPanel::tr("Building…"));
        if (state != BuildJob::State::Preparing && state != BuildJob::State::Running)
            m_progress->hide(); // finished, failed or cancelled
    });
    connect(job, &BuildJob::stepAdded, m_steps, &BuildStepModel::insertStep);
    // The engine works on the context: the steps show the progress from here on.
    connect(job, &BuildJob::stepAdded, m_progress, &QWidget::hide);
    connect(job, &BuildJob::stepChanged, this, [this](int index, const BuildStep &step) {
        m_steps->updateStep(index, step);
        if (currentStepRow() == index)
            showStepLog();
    });
    connect(job, &BuildJob::logReceived, this, [this](int index, int, const QByteArray &) {
        if (m_job && index >= 0 && index < m_job->steps().size())
            m_steps->updateStep(index, m_job->steps().at(index));
        // Until the user picks a step, the output shown is that of the step printing right now.
        if (m_followOutput && currentStepRow() != index && index < m_steps->rowCount())
            m_stepView->setCurrentIndex(m_stepOrder->mapFromSource(m_steps->index(index, 0)));
        if (currentStepRow() == index)
            showStepLog();
    });
    m_clock->start();
}

void BuildRunView::showSucceeded(const BuildResult &result)
{
    m_state->setText(BuildPanel::tr("Built"));
    QString text = BuildPanel::tr("<b>Built</b> <code>%1</code>").arg(result.imageId.section(u':', -1).left(12));
    if (!result.tags.isEmpty())
        text += BuildPanel::tr(" as %1").arg(result.tags.join(QLatin1String(", ")).toHtmlEscaped());
    if (result.imageSize >= 0)
        text += BuildPanel::tr(" · %1").arg(formatBytes(result.imageSize, QLocale()));
    text += BuildPanel::tr(" · %1").arg(Duration::format(result.durationMs, QLocale()));
    text += BuildPanel::tr(" · cache: %1 of %2 steps (%3%)")
                .arg(result.cachedSteps)
                .arg(result.cacheableSteps)
                .arg(qRound(result.cacheRatio() * 100));
    m_resultLabel->setText(text);
    m_resultLabel->setVisible(!text.isEmpty());
    m_exploreButton->setEnabled(true);
    m_runButton->setEnabled(true);
}

void BuildRunView::showFailed(const BuildError &error, const QString &fileName)
{
    const bool cancelled = error.kind == BuildError::Kind::Cancelled;
    m_state->setText(cancelled ? BuildPanel::tr("Cancelled") : BuildPanel::tr("Failed"));
    QString text = (cancelled ? BuildPanel::tr("<b>Cancelled</b>") : BuildPanel::tr("<b>Failed</b>"))
        + QStringLiteral(": ") + error.message.toHtmlEscaped();
    if (error.line > 0)
        text += QStringLiteral(" — ") + BuildPanel::tr("%1 line %2").arg(fileName).arg(error.line);
    if (!error.hint.isEmpty())
        text += QStringLiteral("<br>") + error.hint.toHtmlEscaped();
    m_resultLabel->setText(text);
    m_resultLabel->setVisible(!text.isEmpty());
    selectStep(m_steps->failedRow());
}

void BuildRunView::showFinished(const BuildJob &job)
{
    m_clock->stop();
    m_job = nullptr;
    m_buildButton->setEnabled(true);
    m_cancelButton->setEnabled(false);
    const int failed = m_steps->failedRow();
    m_steps->setSteps(job.steps());
    // Point at what matters: the failed step, else the last step that printed something.
    int row = failed;
    for (int r = m_steps->rowCount() - 1; row < 0 && r >= 0; --r) {
        if (!m_steps->steps().at(r).log.isEmpty())
            row = r;
    }
    selectStep(row);
}

void BuildRunView::selectStep(int row)
{
    if (row < 0)
        return;
    const QModelIndex shown = m_stepOrder->mapFromSource(m_steps->index(row, 0));
    m_stepView->setCurrentIndex(shown);
    m_stepView->scrollTo(shown);
}

void BuildRunView::showStepLog()
{
    const int row = currentStepRow();
    if (row < 0) {
        m_log->clear();
        m_shownLog = {};
        return;
    }
    const BuildStep &step = m_steps->steps().at(row);
    // A running step's output only grows: append what is new. Re-setting the whole log (up to 1 MiB)
    // on every line made a long step quadratic. Anything else (another step, an error) starts over.
    const qsizetype shown = m_shownLog.bytes;
    const bool grows = row == m_shownLog.row && step.error == m_shownLog.error && shown >= 0 && step.log.size() >= shown
        && step.log.mid(qMax<qsizetype>(0, shown - 64), qMin<qsizetype>(shown, 64)) == m_shownLog.tail;
    if (grows) {
        if (step.log.size() == shown)
            return;
        QTextCursor end(m_log->document());
        end.movePosition(QTextCursor::End);
        end.insertText(m_shownLog.decoder->decode(QByteArrayView(step.log).sliced(shown)));
    } else {
        m_shownLog = {};
        m_shownLog.row = row;
        m_shownLog.error = step.error;
        m_shownLog.decoder = std::make_shared<QStringDecoder>(QStringDecoder::Utf8);
        QString text = m_shownLog.decoder->decode(step.log);
        if (!step.error.isEmpty())
            text += (text.isEmpty() || text.endsWith(u'\n') ? QString() : QStringLiteral("\n")) + step.error;
        m_log->setPlainText(text);
    }
    m_shownLog.bytes = step.log.size();
    m_shownLog.tail = step.log.right(64);
    m_log->moveCursor(QTextCursor::End);
}

} // namespace Dockwright::Ui
