// SPDX-License-Identifier: GPL-3.0-or-later
#include "resourceview.h"

#include "resourcefilterproxy.h"
#include "ui/theme.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

ResourceView::ResourceView(QAbstractItemModel *model, const Texts &texts, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_texts(texts)
{
    m_proxy = new ResourceFilterProxy(Qt::UserRole, Qt::UserRole + 2, this);
    m_proxy->setSourceModel(model);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(texts.title, this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("filter"));
    m_filter->setPlaceholderText(texts.filterPlaceholder);
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("count"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("busy"));
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(fontMetrics().averageCharWidth() * 12);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_busyText = new QLabel(this);
    m_busyText->setObjectName(QStringLiteral("busyText"));
    m_busyText->hide();
    top->addWidget(title);
    top->addSpacing(12);
    top->addWidget(m_filter, 1);
    top->addWidget(m_busyText);
    top->addWidget(m_busy);
    top->addWidget(m_count);
    layout->addLayout(top);

    m_toolBar = new QToolBar(this);
    m_toolBar->setObjectName(QStringLiteral("resourceToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    layout->addWidget(m_toolBar);

    m_messageBar = new QWidget(this);
    m_messageBar->setObjectName(QStringLiteral("messageBar"));
    auto *messageLayout = new QHBoxLayout(m_messageBar);
    messageLayout->setContentsMargins(6, 2, 2, 2);
    m_message = new QLabel(m_messageBar);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *closeMessage = new QToolButton(m_messageBar);
    closeMessage->setAutoRaise(true);
    closeMessage->setText(tr("Close"));
    closeMessage->setToolTip(tr("Hide this message"));
    messageLayout->addWidget(m_message, 1);
    messageLayout->addWidget(closeMessage, 0, Qt::AlignTop);
    m_messageBar->setAutoFillBackground(true);
    m_messageBar->hide();
    connect(closeMessage, &QToolButton::clicked, this, &ResourceView::clearMessage);
    layout->addWidget(m_messageBar);

    m_stack = new QStackedWidget(this);
    m_view = new QTreeView(m_stack);
    m_view->setObjectName(QStringLiteral("table"));
    m_view->setModel(m_proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(0, Qt::AscendingOrder);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->header()->setStretchLastSection(true);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 18);
    m_view->header()->resizeSection(0, fontMetrics().averageCharWidth() * 36);
    m_stack->addWidget(m_view);

    auto *explanationPage = new QWidget(m_stack);
    auto *explanationLayout = new QVBoxLayout(explanationPage);
    explanationLayout->addStretch(1);
    m_explanation = new QLabel(explanationPage);
    m_explanation->setObjectName(QStringLiteral("explanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setTextFormat(Qt::RichText);
    m_explanation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_explanation->setMaximumWidth(fontMetrics().averageCharWidth() * 90);
    auto *centered = new QHBoxLayout;
    centered->addStretch(1);
    centered->addWidget(m_explanation, 4);
    centered->addStretch(1);
    explanationLayout->addLayout(centered);
    auto *buttons = new QHBoxLayout;
    m_retry = new QPushButton(tr("Retry Now"), explanationPage);
    m_connectTo = new QPushButton(tr("Connect to…"), explanationPage);
    buttons->addStretch(1);
    buttons->addWidget(m_retry);
    buttons->addWidget(m_connectTo);
    buttons->addStretch(1);
    explanationLayout->addLayout(buttons);
    explanationLayout->addStretch(2);
    m_stack->addWidget(explanationPage);
    layout->addWidget(m_stack, 1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &ResourceFilterProxy::setFilterText);
    connect(m_retry, &QPushButton::clicked, this, &ResourceView::retryRequested);
    connect(m_connectTo, &QPushButton::clicked, this, &ResourceView::connectToRequested);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ResourceView::updatePage);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ResourceView::updatePage);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ResourceView::updatePage);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ResourceView::updatePage);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ResourceView::updatePage);
    updatePage();
}

ResourceView::~ResourceView() = default;

void ResourceView::showConnecting(const Endpoint &endpoint)
{
    m_engine = Engine::Connecting;
    setExplanation(QLatin1String("<h3>") + tr("Connecting to the container engine…") + QLatin1String("</h3><p>")
            + tr("Asking %1 for its images and containers.").arg(endpoint.displayName().toHtmlEscaped())
            + QLatin1String("</p>"),
        false);
    updatePage();
}

void ResourceView::showConnected()
{
    m_engine = Engine::Connected;
    updatePage();
}

void ResourceView::showDisconnected(const Endpoint &endpoint, const EngineError &error)
{
    m_engine = Engine::Disconnected;
    QString html = QLatin1String("<h3>") + tr("Not connected to a container engine") + QLatin1String("</h3>");
    html += QLatin1String("<p>")
        + (endpoint.isValid() ? tr("Dockwright could not reach the engine at <b>%1</b>: %2")
                                    .arg(endpoint.uri.toHtmlEscaped(), error.message.toHtmlEscaped())
                              : error.message.toHtmlEscaped())
        + QLatin1String("</p>");
    if (!error.hint.isEmpty())
        html += QLatin1String("<p>") + error.hint.toHtmlEscaped() + QLatin1String("</p>");
    html += QLatin1String("<p>") + tr("Ways to fix this:") + QLatin1String("</p><ul><li>")
        + tr("Start the Docker daemon: <code>sudo systemctl start docker</code>") + QLatin1String("</li><li>")
        + tr("Let your user use it: <code>sudo usermod -aG docker $USER</code>, then log out and in again")
        + QLatin1String("</li><li>")
        + tr("Use another engine (rootless Docker, Podman, a remote host): click <b>Connect to…</b>")
        + QLatin1String("</li></ul><p>")
        + tr("Dockwright keeps trying and fills this page as soon as the engine answers.") + QLatin1String("</p>");
    setExplanation(html, true);
    updatePage();
}

bool ResourceView::isShowingTable() const
{
    return m_stack->currentWidget() == m_view;
}

QString ResourceView::explanationText() const
{
    return m_explanation->text();
}

void ResourceView::addRowAction(QAction *action, bool inToolBar)
{
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_view->addAction(action);
    if (inToolBar)
        m_toolBar->addAction(action);
}

void ResourceView::addSeparator()
{
    auto *separator = new QAction(m_view);
    separator->setSeparator(true);
    m_view->addAction(separator);
    m_toolBar->addSeparator();
}

QStringList ResourceView::selectedValues(int role) const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows(0);
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows.append(m_view->currentIndex().siblingAtColumn(0));
    std::sort(rows.begin(), rows.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QStringList values;
    for (const QModelIndex &row : std::as_const(rows)) {
        const QString value = m_proxy->mapToSource(row).data(role).toString();
        if (!value.isEmpty() && !values.contains(value))
            values.append(value);
    }
    return values;
}

void ResourceView::setBusy(const QString &text)
{
    m_busyText->setText(text);
    m_busyText->show();
    m_busy->show();
    clearMessage();
}

void ResourceView::setIdle()
{
    m_busy->hide();
    m_busyText->hide();
    m_busyText->clear();
}

bool ResourceView::isBusy() const
{
    return !m_busy->isHidden();
}

QString ResourceView::busyText() const
{
    return isBusy() ? m_busyText->text() : QString();
}

void ResourceView::showMessage(const QString &text, MessageKind kind)
{
    m_messageIsError = kind == MessageKind::Error;
    QPalette palette = this->palette();
    if (m_messageIsError) {
        palette.setColor(QPalette::Window, Theme::color(Theme::Tone::FailureBackground));
        palette.setColor(QPalette::WindowText, Theme::textOn(Theme::color(Theme::Tone::FailureBackground)));
    } else {
        palette.setColor(QPalette::Window, palette.color(QPalette::AlternateBase));
    }
    m_messageBar->setPalette(palette);
    m_message->setText(text);
    m_messageBar->show();
}

void ResourceView::clearMessage()
{
    m_messageBar->hide();
    m_message->clear();
    m_messageIsError = false;
}

QString ResourceView::messageText() const
{
    return m_messageBar->isHidden() ? QString() : m_message->text();
}

void ResourceView::setExplanation(const QString &html, bool offerConnect)
{
    m_explanation->setText(html);
    m_retry->setVisible(offerConnect);
    m_connectTo->setVisible(offerConnect);
}

void ResourceView::updatePage()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    if (m_engine == Engine::Connected && total == 0) {
        setExplanation(QLatin1String("<h3>") + m_texts.emptyTitle + QLatin1String("</h3><p>") + m_texts.emptyBody
                + QLatin1String("</p>"),
            false);
    }
    const bool table = m_engine == Engine::Connected && total > 0;
    // Size the columns to what the engine sent the first time rows appear; after that they are the user's.
    if (table && !m_columnsSized) {
        m_columnsSized = true;
        // A column as wide as its widest cell, but one long value (an image given by its full sha256 id)
        // must not push the Status and Ports columns out of sight.
        const int widest = fontMetrics().averageCharWidth() * 40;
        for (int column = 0; column + 1 < m_proxy->columnCount(); ++column) {
            m_view->resizeColumnToContents(column);
            m_view->setColumnWidth(column, qMin(m_view->columnWidth(column), widest));
        }
    }
    m_stack->setCurrentIndex(table ? 0 : 1);
    m_filter->setVisible(table);
    m_toolBar->setVisible(m_engine == Engine::Connected);
    m_count->setText(table && m_texts.count ? m_texts.count(shown, total) : QString());
}

} // namespace Dockwright::Ui
