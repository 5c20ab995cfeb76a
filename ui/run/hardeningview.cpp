// SPDX-License-Identifier: GPL-3.0-or-later
#include "hardeningview.h"

#include "hardeningmodel.h"
#include "runpresenter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace Dockwright::Ui {

using namespace Dockwright::Core;

HardeningView::HardeningView(QWidget *parent)
    : QGroupBox(tr("Hardening"), parent)
    , m_model(new HardeningModel(this))
{
    setObjectName(QStringLiteral("hardeningView"));
    auto *layout = new QVBoxLayout(this);
    auto *scoreRow = new QHBoxLayout;
    m_scoreLabel = new QLabel(this);
    m_scoreLabel->setObjectName(QStringLiteral("scoreLabel"));
    m_scoreLabel->setWordWrap(true);
    m_score = new QProgressBar(this);
    m_score->setObjectName(QStringLiteral("scoreBar"));
    m_score->setRange(0, 100);
    m_score->setFormat(tr("%v / 100"));
    auto *preset = new QPushButton(tr("&Production posture"), this);
    preset->setObjectName(QStringLiteral("presetButton"));
    preset->setToolTip(tr("The guide's hardened run: --init --read-only --cap-drop=ALL no-new-privileges, size-limited "
                          "tmpfs for /tmp (and /app/logs for images that work in /app), HOME and caches in /tmp, "
                          "memory/CPU/process limits and a non-root user."));
    connect(preset, &QPushButton::clicked, this, &HardeningView::productionPostureRequested);
    scoreRow->addWidget(m_score, 1);
    scoreRow->addWidget(preset);
    layout->addLayout(scoreRow);
    layout->addWidget(m_scoreLabel);

    m_checklist = new QTreeView(this);
    m_checklist->setObjectName(QStringLiteral("checklistView"));
    m_checklist->setModel(m_model);
    m_checklist->setRootIsDecorated(false);
    m_checklist->setUniformRowHeights(true);
    m_checklist->setMouseTracking(true);
    m_checklist->setAllColumnsShowFocus(true);
    m_checklist->header()->setSectionResizeMode(HardeningModel::CheckColumn, QHeaderView::ResizeToContents);
    // The flags of a check are in its explanation; the list stays narrow enough to sit beside the command.
    m_checklist->setColumnHidden(HardeningModel::FlagsColumn, true);
    m_checklist->setHeaderHidden(true);
    auto explainIndex = [this](const QModelIndex &index) {
        if (index.isValid())
            showExplanation(m_model->report().items.at(index.row()).check);
    };
    connect(m_checklist, &QTreeView::entered, this, explainIndex);
    connect(m_checklist->selectionModel(), &QItemSelectionModel::currentRowChanged, this, explainIndex);
    // Every check in view at once where the height allows: the list is the lesson (seen at 1366x768:
    // 5 of 10 rows showed, the rest behind a scroll bar). The explanation below takes what is left.
    // The checks arrive with the first report; their rows are measured then (fitChecklist).
    layout->addWidget(m_checklist, 2);

    // The explanation and the production posture's note share one scrollable box, so neither is cut
    // off on a small screen (a note below the box used to be clipped at 1024x700).
    auto *explanationBox = new QWidget(this);
    explanationBox->setBackgroundRole(QPalette::Base);
    explanationBox->setAutoFillBackground(true);
    auto *explanationLayout = new QVBoxLayout(explanationBox);
    explanationLayout->setContentsMargins(0, 0, 0, 0);
    explanationLayout->setSpacing(0);
    m_explanation = new QLabel(explanationBox);
    m_explanation->setObjectName(QStringLiteral("explanationLabel"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_explanation->setMargin(6);
    m_explanation->setText(tr("<p>Point at or select a check to read what it does and what can go wrong "
                              "without it. Tick it to add its flags.</p>"));
    explanationLayout->addWidget(m_explanation);
    m_postureNote = new QLabel(explanationBox);
    m_postureNote->setObjectName(QStringLiteral("postureNote"));
    m_postureNote->setWordWrap(true);
    m_postureNote->setMargin(6);
    m_postureNote->hide();
    explanationLayout->addWidget(m_postureNote);
    explanationLayout->addStretch();
    auto *explanationScroll = new QScrollArea(this);
    explanationScroll->setWidgetResizable(true);
    explanationScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    explanationScroll->setWidget(explanationBox);
    layout->addWidget(explanationScroll, 1);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("warningsLabel"));
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::RichText);
    layout->addWidget(m_warnings);

    connect(m_model, &HardeningModel::toggled, this, &HardeningView::toggled);
}

HardeningView::~HardeningView() = default;

void HardeningView::setReport(const Hardening::Report &report)
{
    const bool fit = m_model->rowCount() != int(report.items.size());
    m_model->setReport(report);
    if (fit)
        fitChecklist();
    m_score->setValue(report.score);
    m_scoreLabel->setText(RunPresenter::scoreText(report));
    m_warnings->setText(RunPresenter::warningsHtml(report, palette()));
    // The explanation shows the check's status, which may just have changed.
    const QVariant shown = m_explanation->property("check");
    if (shown.isValid())
        showExplanation(Hardening::Check(shown.toInt()));
}

const Hardening::Report &HardeningView::report() const
{
    return m_model->report();
}

void HardeningView::showExplanation(Hardening::Check check)
{
    const int row = m_model->rowOf(check);
    if (row < 0)
        return;
    m_explanation->setText(RunPresenter::explanationHtml(m_model->report().items.at(row), palette()));
    m_explanation->setProperty("check", int(check));
}

QString HardeningView::explanationText() const
{
    return m_explanation->text();
}

void HardeningView::setPostureNote(const QString &text)
{
    m_postureNote->setText(text);
    m_postureNote->setVisible(!text.isEmpty());
}

QString HardeningView::postureNote() const
{
    return m_postureNote->text();
}

void HardeningView::fitChecklist()
{
    int rowsHeight = 0;
    for (int row = 0; row < m_model->rowCount(); ++row)
        rowsHeight += m_checklist->sizeHintForIndex(m_model->index(row, HardeningModel::CheckColumn)).height();
    // Up to every row when the window has the height, at least four (the rest scroll) when it has not.
    const int frame = 2 * m_checklist->frameWidth();
    const int rows = m_model->rowCount();
    m_checklist->setMaximumHeight(rowsHeight + frame);
    m_checklist->setMinimumHeight(rows > 0 ? rowsHeight * std::min(rows, 4) / rows + frame : 0);
}

} // namespace Dockwright::Ui
