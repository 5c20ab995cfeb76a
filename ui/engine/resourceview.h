// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/endpoint.h"
#include "core/engine/engineerror.h"

#include <QWidget>
#include <functional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QToolBar;
class QToolButton;
class QTreeView;

namespace Dockwright::Ui {

class ResourceFilterProxy;

// A page listing one kind of engine resource: a filter box and a toolbar above a sortable,
// multi-select table. Instead of an empty table it explains the situation: connecting, not connected
// (why, and how to fix it), or connected with nothing to list yet. What the user can do with the rows
// (ImageActions, ContainerActions) fills the toolbar and the context menu; the view shows their
// progress (busy) and outcome (a message line above the table).
class ResourceView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourceView)
public:
    struct Texts
    {
        QString title; // "Images"
        QString filterPlaceholder; // "Filter by name, tag or ID"
        QString emptyTitle; // "No images yet"
        QString emptyBody; // how to get some
        std::function<QString(int shown, int total)> count; // "2 of 5 images"
    };

    // model: ImagesModel or ContainersModel (SortRole = UserRole, FilterRole = UserRole + 2).
    ResourceView(QAbstractItemModel *model, const Texts &texts, QWidget *parent = nullptr);
    ~ResourceView() override;

    void showConnecting(const Core::Endpoint &endpoint);
    void showConnected();
    void showDisconnected(const Core::Endpoint &endpoint, const Core::EngineError &error);

    QTreeView *view() const { return m_view; }
    ResourceFilterProxy *proxy() const { return m_proxy; }
    // Shown while connected; actions added here also belong in the context menu (addRowAction()).
    QToolBar *toolBar() const { return m_toolBar; }
    // Adds an action to the table's context menu and, with inToolBar, to the toolbar. Its shortcut
    // (Delete, Ctrl+I, ...) works while the table has focus.
    void addRowAction(QAction *action, bool inToolBar = true);
    void addSeparator();
    // The source model's value under role (an id) for each selected row, in view order; the current
    // row alone when nothing is selected.
    QStringList selectedValues(int role) const;

    // An operation is under way: an indeterminate progress bar and text beside the filter.
    void setBusy(const QString &text);
    void setIdle();
    bool isBusy() const;
    QString busyText() const;
    // The outcome of the last operation above the table until the next one or until closed. Errors
    // are shown in the error tone, with the engine's own words.
    enum class MessageKind { Information, Error };
    void showMessage(const QString &text, MessageKind kind = MessageKind::Information);
    void clearMessage();
    QString messageText() const;
    bool isShowingError() const { return m_messageIsError; }
    // Which panel is visible: the table, or the explanation instead of it (tests).
    bool isShowingTable() const;
    QString explanationText() const;

Q_SIGNALS:
    void connectToRequested();
    void retryRequested();

private:
    void updatePage();
    void setExplanation(const QString &html, bool offerConnect);

    QAbstractItemModel *m_model;
    Texts m_texts;
    ResourceFilterProxy *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_count = nullptr;
    QTreeView *m_view = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_explanation = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_connectTo = nullptr;
    QToolBar *m_toolBar = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_busyText = nullptr;
    QWidget *m_messageBar = nullptr;
    QLabel *m_message = nullptr;
    bool m_messageIsError = false;
    enum class Engine { Connecting, Connected, Disconnected } m_engine = Engine::Connecting;
    bool m_columnsSized = false;
};

} // namespace Dockwright::Ui
