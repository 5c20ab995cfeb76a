// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "contentfetcher.h"
#include "core/image/layeredimage.h"
#include "filehistory.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Dockwright::Core {
class EngineClient;
}

namespace Dockwright::Ui {

class DiffView;

// Everything about one path: type, size, mode, owner, link target, content fingerprint, the layer
// that last changed it, its history across the layers, its text in any layer, and a line diff of two
// layers' versions (contents re-read from the image source on a worker thread).
class PathDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PathDetailsPane)
public:
    explicit PathDetailsPane(QWidget *parent = nullptr);
    ~PathDetailsPane() override;

    // The live connection an engine image's file contents are exported over.
    void setEngineClient(Core::EngineClient *client);
    // The path as seen after layer `top`; node nullptr clears the pane.
    void setPath(const Core::LayeredImagePtr &image, const Core::PathTree::Node *node, int top);
    const Core::PathTree::Node *node() const { return m_node; }
    const QList<FileHistory::Step> &history() const { return m_history; }

    // Shows the path's text as stored in `layer`.
    void viewContents(int layer);
    // Shows the line diff of the path between two layers' versions.
    void compareLayers(int older, int newer);
    DiffView *textView() const { return m_text; }
    QPushButton *cancelButton() const { return m_cancel; }
    void cancelContents();

Q_SIGNALS:
    void layerActivated(int layer); // a history row was double-clicked
    void contentsShown(); // the text or diff arrived (tests)

private:
    void onFetched(quint64 jobId, const ContentFetcher::Result &result);
    QString layerTitle(int layer) const;
    void startFetch(const QString &what);

    Core::LayeredImagePtr m_image;
    const Core::PathTree::Node *m_node = nullptr;
    int m_top = -1;
    QList<FileHistory::Step> m_history;

    QLabel *m_title = nullptr;
    QLabel *m_facts = nullptr;
    QTreeWidget *m_historyView = nullptr;
    QComboBox *m_versionA = nullptr;
    QComboBox *m_versionB = nullptr;
    QPushButton *m_view = nullptr;
    QPushButton *m_diff = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_textTitle = nullptr;
    DiffView *m_text = nullptr;
    ContentFetcher *m_fetcher = nullptr;
    quint64 m_fetchId = 0;
    QList<int> m_fetchLayers;
};

} // namespace Dockwright::Ui
