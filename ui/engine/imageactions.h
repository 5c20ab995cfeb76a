// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enginebatch.h"
#include "resourceprompts.h"

#include <QObject>
#include <QPointer>

class QAction;

namespace Dockwright::Core {
class EngineClient;
} // namespace Dockwright::Core

namespace Dockwright::Ui {

class ImagesModel;
class ResourceView;

// What the user can do with the images in the Images view: its toolbar, context menu and keys.
// Run…, Explore layers (also Enter and double-click) and Save as archive… hand the image to another
// work area by signal; Inspect and History open a window; Tag…, Remove (Delete) and Prune talk to the
// engine here. Remove and Prune ask first; what fails is shown with the engine's own message.
// Actions apply to every selected image where that makes sense (Remove), else to the current one.
class ImageActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImageActions)
public:
    ImageActions(Core::EngineClient *client, ImagesModel *model, ResourceView *view, QObject *parent = nullptr);
    ~ImageActions() override;

    // Replace the modal questions (tests answer them directly).
    void setConfirm(const ResourcePrompts::Confirm &confirm) { m_confirm = confirm; }
    void setAskText(const ResourcePrompts::AskText &askText) { m_askText = askText; }

    QAction *runAction() const { return m_run; }
    QAction *exploreAction() const { return m_explore; }
    QAction *inspectAction() const { return m_inspect; }
    QAction *historyAction() const { return m_history; }
    QAction *tagAction() const { return m_tag; }
    QAction *removeAction() const { return m_remove; }
    QAction *pruneAction() const { return m_prune; }
    QAction *saveAction() const { return m_save; }

    bool isBusy() const { return m_busy; }
    // The name to hand on for an image: its first tag, else its id.
    QString referenceOf(const QString &id) const;

Q_SIGNALS:
    void runRequested(const QString &image);
    void exploreLayersRequested(const QString &imageId);
    // For the Layers area's save function (wired by the main window): the image's reference.
    void saveAsArchiveRequested(const QString &image);
    // A window (inspect, history) was opened; for tests.
    void dialogOpened(QWidget *dialog);
    // An engine operation (tag, remove, prune) ended; the view shows its outcome.
    void operationFinished();

private:
    void updateActions();
    QStringList selectedIds() const;
    QString currentId() const;
    void inspect();
    void showHistory();
    void tag();
    void remove();
    void removeForced(const QList<EngineBatch::Result> &conflicts);
    void prune();
    void runBatch(const QString &busyText, const QList<EngineBatch::Step> &steps,
        const std::function<void(const QList<EngineBatch::Result> &)> &done);
    void finish(const QString &message, bool error);

    QPointer<Core::EngineClient> m_client;
    QPointer<ImagesModel> m_model;
    ResourceView *m_view;
    ResourcePrompts::Confirm m_confirm;
    ResourcePrompts::AskText m_askText;
    bool m_busy = false;

    QAction *m_run = nullptr;
    QAction *m_explore = nullptr;
    QAction *m_inspect = nullptr;
    QAction *m_history = nullptr;
    QAction *m_tag = nullptr;
    QAction *m_remove = nullptr;
    QAction *m_prune = nullptr;
    QAction *m_save = nullptr;
};

} // namespace Dockwright::Ui
