// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/endpoint.h"
#include "core/engine/engineerror.h"

#include <QWidget>
#include <functional>

class QAbstractItemModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTreeView;

namespace Dockwright::Ui {

class ResourceFilterProxy;

// A page listing one kind of engine resource: a filter box above a sortable table. Instead of an
// empty table it explains the situation: connecting, not connected (why, and how to fix it), or
// connected with nothing to list yet.
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
    enum class Engine { Connecting, Connected, Disconnected } m_engine = Engine::Connecting;
    bool m_columnsSized = false;
};

} // namespace Dockwright::Ui
