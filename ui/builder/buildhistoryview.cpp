// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildhistoryview.h"

#include "buildcomparisonmodel.h"
#include "buildhistorymodel.h"
#include "buildpanel.h"
#include "core/builder/buildhistory.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

// The texts keep BuildPanel's translation context, where they were translated before this view was
// cut out of the panel.
BuildHistoryView::BuildHistoryView(QWidget *parent)
    : QWidget(parent)
    , m_history(new BuildHistoryModel(this))
    , m_comparison(new BuildComparisonModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_historyView = new QTreeView(splitter);
    m_historyView->setObjectName(QStringLiteral("history"));
    m_historyView->setRootIsDecorated(false);
    m_historyView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setModel(m_history);
    m_historyView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *comparisonHost = new QWidget(splitter);
    auto *comparisonLayout = new QVBoxLayout(comparisonHost);
    comparisonLayout->setContentsMargins(0, 0, 0, 0);
    auto *compareRow = new QHBoxLayout;
    auto *compareButton = new QPushButton(BuildPanel::tr("Compare"), comparisonHost);
    compareButton->setToolTip(BuildPanel::tr("Compare the two selected builds step by step"));
    m_title = new QLabel(BuildPanel::tr("Select two builds and click Compare."), comparisonHost);
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    compareRow->addWidget(compareButton);
    compareRow->addWidget(m_title, 1);
    comparisonLayout->addLayout(compareRow);
    auto *comparisonView = new QTreeView(comparisonHost);
    comparisonView->setObjectName(QStringLiteral("comparison"));
    comparisonView->setRootIsDecorated(false);
    comparisonView->setModel(m_comparison);
    comparisonView->header()->setStretchLastSection(false);
    comparisonView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    comparisonView->header()->setSectionResizeMode(BuildComparisonModel::StepColumn, QHeaderView::Stretch);
    comparisonLayout->addWidget(comparisonView, 1);
    layout->addWidget(splitter, 1);
    connect(compareButton, &QPushButton::clicked, this, [this] {
        const QModelIndexList rows = m_historyView->selectionModel()->selectedRows();
        if (rows.size() == 2)
            compare(rows.at(0).row(), rows.at(1).row());
        else if (rows.size() == 1 && rows.at(0).row() + 1 < m_history->rowCount())
            compare(rows.at(0).row(), rows.at(0).row() + 1); // with the build before it
        else
            m_title->setText(
                BuildPanel::tr("Select two builds (Ctrl+click), or one to compare with the build before it."));
    });
}

BuildHistoryView::~BuildHistoryView() = default;

BuildHistoryView::Read BuildHistoryView::readHistory(const QString &historyFile, const BuildResult *append)
{
    Read read;
    BuildHistory history(historyFile);
    if (history.load(&read.error) && append) {
        history.append(*append);
        history.save(&read.error);
    }
    read.records = history.records();
    return read;
}

void BuildHistoryView::load(const QString &historyFile)
{
    if (m_recordJob.isRunning())
        return; // the attempt being recorded brings the fresh list
    m_loadJob.start([historyFile](const JobControl &) { return readHistory(historyFile, nullptr); },
        [this](const Read &read) {
            show(read);
            Q_EMIT loaded();
        });
}

void BuildHistoryView::record(const QString &historyFile, const BuildResult &result)
{
    m_loadJob.discard();
    m_recordJob.start([historyFile, result](const JobControl &) { return readHistory(historyFile, &result); },
        [this](const Read &read) {
            show(read);
            Q_EMIT loaded();
            Q_EMIT recorded();
        });
}

void BuildHistoryView::show(const Read &read)
{
    if (!read.error.isEmpty())
        m_title->setText(read.error);
    m_history->setRecords(read.records);
}

void BuildHistoryView::compare(int row, int otherRow)
{
    if (row < 0 || otherRow < 0 || row >= m_history->rowCount() || otherRow >= m_history->rowCount())
        return;
    // Newest first: the higher row is the older build.
    const BuildResult &before = m_history->record(qMax(row, otherRow));
    const BuildResult &after = m_history->record(qMin(row, otherRow));
    m_comparison->compare(before, after);
    const QLocale locale;
    m_title->setText(BuildPanel::tr("%1 → %2").arg(locale.toString(before.started.toLocalTime(), QLocale::ShortFormat),
        locale.toString(after.started.toLocalTime(), QLocale::ShortFormat)));
}

} // namespace Dockwright::Ui
