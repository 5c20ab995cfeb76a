// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageactions.h"

#include "core/common/bytesize.h"
#include "core/engine/engineapi.h"
#include "core/engine/engineclient.h"
#include "core/engine/imagereference.h"
#include "imagehistorydialog.h"
#include "imagesmodel.h"
#include "jsondialog.h"
#include "resourceview.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMetaMethod>
#include <QSet>
#include <QTreeView>

namespace Dockwright::Ui {

using namespace Dockwright::Core;

ImageActions::ImageActions(EngineClient *client, ImagesModel *model, ResourceView *view, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_view(view)
{
    m_confirm = [view](const ResourcePrompts::Question &question) { return ResourcePrompts::confirm(view, question); };
    m_askText = [view](const QString &title, const QString &label, const QString &initial) {
        return ResourcePrompts::askText(view, title, label, initial);
    };

    const auto make = [this](const QString &icon, const QString &text, const QString &toolTip) {
        auto *action = new QAction(QIcon::fromTheme(icon), text, m_view);
        action->setToolTip(toolTip);
        return action;
    };
    m_run = make(QStringLiteral("media-playback-start"), tr("Run…"), tr("Open the Run area with this image"));
    m_explore = make(QStringLiteral("view-list-tree"), tr("Explore Layers"),
        tr("Look inside the image, layer by layer (Enter or double-click)"));
    m_inspect = make(QStringLiteral("document-properties"), tr("Inspect"),
        tr("Show everything the engine knows about the image, as docker image inspect does"));
    m_inspect->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_history = make(QStringLiteral("view-history"), tr("History"),
        tr("Show the build steps the image was made of and what each one added, as docker history does"));
    m_tag = make(QStringLiteral("tag"), tr("Tag…"), tr("Give the image another name (repository:tag)"));
    m_tag->setShortcut(QKeySequence(Qt::Key_F2));
    m_save = make(QStringLiteral("document-save-as"), tr("Save as Archive…"),
        tr("Write the image to a .tar file, as docker save does"));
    m_remove = make(QStringLiteral("edit-delete"), tr("Remove…"), tr("Remove the selected images (Delete)"));
    m_remove->setShortcut(QKeySequence::Delete);
    m_prune = make(QStringLiteral("edit-clear-all"), tr("Prune Dangling…"),
        tr("Remove every untagged image that no container uses, as docker image prune does"));

    m_view->addRowAction(m_run);
    m_view->addRowAction(m_explore);
    m_view->addRowAction(m_inspect);
    m_view->addRowAction(m_history);
    m_view->addRowAction(m_tag, false);
    m_view->addRowAction(m_save);
    m_view->addSeparator();
    m_view->addRowAction(m_remove);
    m_view->addRowAction(m_prune);

    connect(m_run, &QAction::triggered, this, [this] {
        const QString id = currentId();
        if (!id.isEmpty())
            Q_EMIT runRequested(referenceOf(id));
    });
    connect(m_explore, &QAction::triggered, this, [this] {
        const QString id = currentId();
        if (!id.isEmpty())
            Q_EMIT exploreLayersRequested(id);
    });
    connect(m_save, &QAction::triggered, this, [this] {
        const QString id = currentId();
        if (!id.isEmpty())
            Q_EMIT saveAsArchiveRequested(referenceOf(id));
    });
    connect(m_inspect, &QAction::triggered, this, &ImageActions::inspect);
    connect(m_history, &QAction::triggered, this, &ImageActions::showHistory);
    connect(m_tag, &QAction::triggered, this, &ImageActions::tag);
    connect(m_remove, &QAction::triggered, this, &ImageActions::remove);
    connect(m_prune, &QAction::triggered, this, &ImageActions::prune);
    // The default action of a row: look inside.
    connect(m_view->view(), &QAbstractItemView::activated, this, [this] {
        if (m_explore->isEnabled())
            m_explore->trigger();
    });

    QTreeView *table = m_view->view();
    connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ImageActions::updateActions);
    connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this, &ImageActions::updateActions);
    connect(table->model(), &QAbstractItemModel::rowsRemoved, this, &ImageActions::updateActions);
    connect(table->model(), &QAbstractItemModel::modelReset, this, &ImageActions::updateActions);
    if (m_client)
        connect(m_client, &EngineClient::stateChanged, this, &ImageActions::updateActions);
    updateActions();
}

ImageActions::~ImageActions() = default;

QString ImageActions::referenceOf(const QString &id) const
{
    const int row = m_model ? m_model->rowOfId(id) : -1;
    if (row < 0)
        return id;
    const QStringList tags = ImagesModel::visibleTags(m_model->rowAt(row));
    return tags.isEmpty() ? id : tags.first();
}

QStringList ImageActions::selectedIds() const
{
    return m_view->selectedValues(ImagesModel::IdRole);
}

QString ImageActions::currentId() const
{
    const QModelIndex current = m_view->view()->currentIndex();
    const QStringList selected = selectedIds();
    if (current.isValid()) {
        const QString id = current.siblingAtColumn(0).data(ImagesModel::IdRole).toString();
        if (selected.contains(id) || selected.isEmpty())
            return id;
    }
    return selected.value(0);
}

void ImageActions::updateActions()
{
    const bool connected = m_client && m_client->state() == EngineClient::State::Connected;
    const bool any = connected && !selectedIds().isEmpty();
    for (QAction *action : {m_run, m_explore, m_inspect, m_history})
        action->setEnabled(any);
    m_save->setEnabled(any && isSignalConnected(QMetaMethod::fromSignal(&ImageActions::saveAsArchiveRequested)));
    m_tag->setEnabled(any && !m_busy);
    m_remove->setEnabled(any && !m_busy);
    m_prune->setEnabled(connected && !m_busy);
}

void ImageActions::runBatch(const QString &busyText, const QList<EngineBatch::Step> &steps,
    const std::function<void(const QList<EngineBatch::Result> &)> &done)
{
    m_busy = true;
    m_view->setBusy(busyText);
    updateActions();
    auto *batch = new EngineBatch(m_client, steps, this);
    if (steps.size() > 1) {
        connect(batch, &EngineBatch::progress, this, [this, busyText](int finished, int total, const QString &label) {
            m_view->setBusy(tr("%1 %2 (%3 of %4)").arg(busyText, label).arg(finished + 1).arg(total));
        });
    }
    connect(batch, &EngineBatch::finished, this, [this, done](const QList<EngineBatch::Result> &results) {
        m_busy = false;
        m_view->setIdle();
        updateActions();
        done(results);
    });
    batch->start();
}

void ImageActions::finish(const QString &message, bool error)
{
    if (!message.isEmpty())
        m_view->showMessage(message, error ? ResourceView::MessageKind::Error : ResourceView::MessageKind::Information);
    updateActions();
    Q_EMIT operationFinished();
}

void ImageActions::inspect()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const QString name = referenceOf(id);
    runBatch(tr("Inspecting %1…").arg(name), {{name, EngineApi::inspectImage(id), id}},
        [this, name](const QList<EngineBatch::Result> &results) {
            const EngineBatch::Result &result = results.value(0);
            if (results.isEmpty() || result.error) {
                finish(tr("Could not inspect %1: %2").arg(name, EngineBatch::failureText(results)), true);
                return;
            }
            auto *dialog = new JsonDialog(tr("Image %1").arg(name), QJsonDocument::fromJson(result.body), m_view);
            dialog->show();
            Q_EMIT dialogOpened(dialog);
            finish({}, false);
        });
}

void ImageActions::showHistory()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const QString name = referenceOf(id);
    runBatch(tr("Reading the history of %1…").arg(name), {{name, EngineApi::imageHistory(id), id}},
        [this, name](const QList<EngineBatch::Result> &results) {
            const EngineBatch::Result &result = results.value(0);
            if (results.isEmpty() || result.error) {
                finish(tr("Could not read the history of %1: %2").arg(name, EngineBatch::failureText(results)), true);
                return;
            }
            auto *dialog = new ImageHistoryDialog(
                name, ImageHistoryEntry::listFromJson(QJsonDocument::fromJson(result.body).array()), m_view);
            dialog->show();
            Q_EMIT dialogOpened(dialog);
            finish({}, false);
        });
}

void ImageActions::tag()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const QString name = referenceOf(id);
    const std::optional<QString> answer = m_askText(tr("Tag Image"),
        tr("Another name for %1, as repository:tag (the tag defaults to latest):").arg(name),
        name.startsWith(QLatin1String("sha256:")) ? QString() : name);
    if (!answer)
        return;
    const QString text = answer->trimmed();
    if (text.isEmpty())
        return;
    if (std::any_of(text.cbegin(), text.cend(), [](QChar c) { return c.isSpace(); })) {
        finish(tr("“%1” is not an image name: names cannot contain spaces.").arg(text), true);
        return;
    }
    const Core::ImageReference::NameAndTag parts = Core::ImageReference::split(text);
    const QString &repo = parts.repository;
    const QString &newTag = parts.tag;
    if (repo.isEmpty() || (repo.size() < text.size() && newTag.isEmpty())) { // "app:": a colon without a tag
        finish(tr("“%1” is not an image name: it needs a repository before the colon and a tag after it.").arg(text),
            true);
        return;
    }
    runBatch(tr("Tagging %1…").arg(name), {{text, EngineApi::tagImage(id, repo, newTag), id}},
        [this, name, text](const QList<EngineBatch::Result> &results) {
            if (results.isEmpty() || results.first().error)
                finish(tr("Could not tag %1 as %2:\n%3").arg(name, text, EngineBatch::failureText(results)), true);
            else
                finish(tr("%1 is now also known as %2.").arg(name, text), false);
        });
}

void ImageActions::remove()
{
    const QStringList ids = selectedIds();
    if (ids.isEmpty() || m_busy)
        return;
    QList<EngineBatch::Step> steps;
    QStringList names;
    for (const QString &id : ids) {
        const int row = m_model ? m_model->rowOfId(id) : -1;
        const QStringList tags = row >= 0 ? ImagesModel::visibleTags(m_model->rowAt(row)) : QStringList();
        // Tag by tag, as docker rmi NAME does: the layers go with the last tag, and removing by id would
        // refuse an image with several tags.
        for (const QString &tag : tags)
            steps.append({tag, EngineApi::removeImage(tag), id});
        if (tags.isEmpty()) {
            const QString shortId = truncateId(id);
            steps.append({shortId, EngineApi::removeImage(id), id});
        }
        names.append(tags.isEmpty() ? steps.last().label : tags.join(QLatin1String(", ")));
    }
    ResourcePrompts::Question question;
    question.title = tr("Remove Images");
    question.text = tr("Remove %n image(s)?", nullptr, int(ids.size()));
    question.details = names.join(QLatin1Char('\n')) + QLatin1String("\n\n")
        + tr("Their tags are removed. An image's layers are deleted with its last tag unless another image "
             "shares them. An image a container uses is kept; you can then force its removal.");
    question.acceptText = tr("Remove");
    if (!m_confirm(question))
        return;

    const int total = int(ids.size());
    runBatch(tr("Removing"), steps, [this, total](const QList<EngineBatch::Result> &results) {
        QSet<QString> failedIds;
        QList<EngineBatch::Result> failures;
        QList<EngineBatch::Result> conflicts;
        for (const EngineBatch::Result &result : results) {
            // A tag the engine no longer knows was removed meanwhile (the list can be a refresh behind,
            // e.g. right after a partly refused removal): what was asked for is already true.
            if (!result.error || result.httpStatus == 404)
                continue;
            failures.append(result);
            failedIds.insert(result.step.key);
            if (result.httpStatus == 409)
                conflicts.append(result);
        }
        const int removed = total - int(failedIds.size());
        if (failures.isEmpty()) {
            finish(tr("Removed %n image(s).", nullptr, removed), false);
            return;
        }
        if (!conflicts.isEmpty()) {
            ResourcePrompts::Question force;
            force.title = tr("Force Removal");
            force.text = tr("%n image(s) could not be removed. Remove them by force?", nullptr, int(failedIds.size()));
            force.details = EngineBatch::failureText(failures) + QLatin1String("\n\n")
                + tr("Force removes every tag of the image and also removes images that stopped containers use. "
                     "The engine refuses it for an image a running container uses.");
            force.acceptText = tr("Force Remove");
            if (m_confirm(force)) {
                removeForced(conflicts);
                return;
            }
        }
        const QString summary = removed == 0
            ? tr("Nothing was removed; the engine refused:")
            : tr("Removed %1 of %n image(s). The engine refused the others:", nullptr, total).arg(removed);
        finish(summary + QLatin1Char('\n') + EngineBatch::failureText(failures), true);
    });
}

void ImageActions::removeForced(const QList<EngineBatch::Result> &conflicts)
{
    QList<EngineBatch::Step> steps;
    QSet<QString> seen;
    for (const EngineBatch::Result &conflict : conflicts) {
        const QString &id = conflict.step.key;
        if (seen.contains(id))
            continue;
        seen.insert(id);
        steps.append({referenceOf(id), EngineApi::removeImage(id, {.force = true, .noPrune = false}), id});
    }
    const int total = int(steps.size());
    runBatch(tr("Removing by force"), steps, [this, total](const QList<EngineBatch::Result> &results) {
        int failed = 0;
        for (const EngineBatch::Result &result : results)
            failed += result.error ? 1 : 0;
        if (failed == 0)
            finish(tr("Removed %n image(s) by force.", nullptr, total), false);
        else
            finish(tr("Removed %1 of %n image(s) by force. The engine refused the others:", nullptr, total)
                        .arg(total - failed)
                    + QLatin1Char('\n') + EngineBatch::failureText(results),
                true);
    });
}

void ImageActions::prune()
{
    if (m_busy)
        return;
    int dangling = 0;
    if (m_model) {
        for (const ImageSummary &image : m_model->rows())
            dangling += ImagesModel::visibleTags(image).isEmpty() ? 1 : 0;
    }
    ResourcePrompts::Question question;
    question.title = tr("Prune Dangling Images");
    question.text = tr("Remove every dangling image?");
    question.details = tr("Dangling images have no tag and no container uses them: usually older builds whose tag "
                          "moved to a newer image. %n untagged image(s) listed here.",
        nullptr, dangling);
    question.acceptText = tr("Prune");
    if (!m_confirm(question))
        return;
    runBatch(tr("Pruning dangling images…"), {{tr("dangling images"), EngineApi::pruneImages(true), {}}},
        [this](const QList<EngineBatch::Result> &results) {
            if (results.isEmpty() || results.first().error) {
                finish(tr("Could not prune: %1").arg(EngineBatch::failureText(results)), true);
                return;
            }
            const QJsonObject reply = QJsonDocument::fromJson(results.first().body).object();
            // "Deleted" lists layers too; the images are the ids the list had.
            int deleted = 0;
            for (const QJsonValue &entry : reply.value(QLatin1String("ImagesDeleted")).toArray()) {
                const QString gone = entry.toObject().value(QLatin1String("Deleted")).toString();
                deleted += !gone.isEmpty() && m_model && m_model->rowOfId(gone) >= 0 ? 1 : 0;
            }
            const qint64 space = reply.value(QLatin1String("SpaceReclaimed")).toInteger();
            finish(
                tr("Pruned: %n image(s) deleted, %1 reclaimed.", nullptr, deleted).arg(formatBytes(space, QLocale())),
                false);
        });
}

} // namespace Dockwright::Ui
