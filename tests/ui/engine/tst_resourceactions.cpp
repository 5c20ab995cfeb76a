// SPDX-License-Identifier: GPL-3.0-or-later
// The Images and Containers views' actions against a fake engine: which requests a multi-select
// Remove, a forced removal, a tag and a prune send, what the questions before them say, and what the
// view reports afterwards (the engine's own message, the reclaimed space). The fake answers what a
// shared real engine must not be asked to do in a test (prune everything) and the conflicts on cue.
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "tests/core/engine/fakeengine.h"
#include "ui/engine/containeractions.h"
#include "ui/engine/containersmodel.h"
#include "ui/engine/imageactions.h"
#include "ui/engine/imagesmodel.h"
#include "ui/engine/resourcefilterproxy.h"
#include "ui/engine/resourceview.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolBar>
#include <QTranslator>
#include <QTreeView>

using namespace Dockwright;
using namespace Dockwright::Test;
using namespace Qt::StringLiterals;
using Ui::ContainerActions;
using Ui::ContainersModel;
using Ui::ImageActions;
using Ui::ImagesModel;
using Ui::ResourcePrompts;
using Ui::ResourceView;

namespace {

Core::ImageSummary image(const QString &id, const QStringList &tags)
{
    Core::ImageSummary i;
    i.id = id;
    i.repoTags = tags;
    i.size = 1000;
    i.created = QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::UTC);
    return i;
}

Core::ContainerSummary container(const QString &id, const QString &name, const QString &state)
{
    Core::ContainerSummary c;
    c.id = id;
    c.name = name;
    c.image = u"busybox"_s;
    c.state = state;
    c.status = state;
    c.created = QDateTime(QDate(2026, 11, 1), QTime(8, 0), QTimeZone::UTC);
    return c;
}

// The requests after the connect sequence, as "METHOD target" without the version prefix.
QStringList sent(const FakeEngine &fake)
{
    QStringList lines;
    for (const FakeRequest &request : fake.requests()) {
        if (request.route == "/_ping" || request.route == "/version" || request.route == "/info")
            continue;
        QByteArray target = request.target;
        const qsizetype slash = target.indexOf('/', 1);
        if (target.startsWith("/v") && slash > 0)
            target = target.mid(slash);
        lines.append(QString::fromLatin1(request.method + ' ' + QByteArray::fromPercentEncoding(target)));
    }
    return lines;
}

} // namespace

class TestResourceActions : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_translator.load(u":/i18n/dockwright_en.qm"_s));
        QCoreApplication::installTranslator(&m_translator);
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        m_fake = std::make_unique<FakeEngine>();
        const QString socket = m_dir.filePath(u"engine.sock"_s);
        QFile::remove(socket);
        QVERIFY(m_fake->listen(socket));
        m_fake->serveEngine();
        m_client = std::make_unique<Core::EngineClient>();
        m_client->setEndpoint(Core::Endpoint::fromUri(u"unix://"_s + socket));
        QVERIFY(m_client->connectAndWait(5000));
        m_questions.clear();
    }

    void cleanup()
    {
        m_client.reset();
        m_fake.reset();
    }

    // Both images selected: one DELETE per tag (the untagged one by id). A tag a container holds is
    // refused with 409; the engine's words are shown, and force is offered, not assumed.
    void removeImagesAsksAndReportsTheEngine()
    {
        ImagesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ResourceView view(&model, texts());
        view.showConnected();
        ImageActions actions(m_client.get(), &model, &view);
        model.setImages({image(u"sha256:aaaa"_s, {u"a:1"_s, u"a:2"_s}), image(u"sha256:bbbb"_s, {u"<none>:<none>"_s})});
        QList<bool> answers {true, false};
        actions.setConfirm(recorder(answers));
        const QByteArray conflict
            = R"({"message":"conflict: unable to remove repository reference a:2 (must force) - container 0123456789ab is using its referenced image aaaa"})";
        m_fake->route("/images/a:1",
            [](QLocalSocket *s, const FakeRequest &) { FakeEngine::reply(s, 200, R"([{"Untagged":"a:1"}])"); });
        m_fake->route(
            "/images/a:2", [conflict](QLocalSocket *s, const FakeRequest &) { FakeEngine::reply(s, 409, conflict); });
        m_fake->route("/images/sha256:bbbb",
            [](QLocalSocket *s, const FakeRequest &) { FakeEngine::reply(s, 200, R"([{"Deleted":"sha256:bbbb"}])"); });
        m_fake->route("/images/sha256:aaaa", [](QLocalSocket *s, const FakeRequest &) {
            FakeEngine::reply(s, 200, R"([{"Untagged":"a:2"},{"Deleted":"sha256:aaaa"}])");
        });

        QVERIFY(!actions.removeAction()->isEnabled()); // nothing selected
        view.view()->selectAll();
        QVERIFY(actions.removeAction()->isEnabled());
        QCOMPARE(actions.removeAction()->shortcut(), QKeySequence(QKeySequence::Delete));
        QSignalSpy finished(&actions, &ImageActions::operationFinished);
        actions.removeAction()->trigger();
        QVERIFY(view.isBusy()); // the requests are in flight; the GUI did not wait
        QVERIFY(!actions.removeAction()->isEnabled());
        QVERIFY(finished.wait(10000));
        QVERIFY(!view.isBusy());
        QCOMPARE(m_questions.size(), 2);
        QCOMPARE(m_questions.at(0).text, u"Remove 2 images?"_s);
        QVERIFY2(m_questions.at(0).details.startsWith(u"a:1, a:2\nbbbb\n"_s), qPrintable(m_questions.at(0).details));
        QCOMPARE(m_questions.at(1).acceptText, u"Force Remove"_s);
        QVERIFY(m_questions.at(1).details.contains(u"container 0123456789ab is using its referenced image"_s));
        QCOMPARE(sent(*m_fake),
            (QStringList {u"DELETE /images/a:1"_s, u"DELETE /images/a:2"_s, u"DELETE /images/sha256:bbbb"_s}));
        QVERIFY(view.isShowingError());
        QVERIFY2(
            view.messageText().startsWith(
                u"Removed 1 of 2 images. The engine refused the others:\na:2: conflict: unable to remove repository reference"_s),
            qPrintable(view.messageText()));

        // Again, and this time force: the held image goes by id with force=1.
        answers = {true, true};
        m_questions.clear();
        const qsizetype before = sent(*m_fake).size();
        actions.removeAction()->trigger();
        QVERIFY(finished.wait(10000));
        QVERIFY(finished.size() == 2 || finished.wait(10000));
        const QStringList after = sent(*m_fake).mid(before);
        QCOMPARE(after.last(), u"DELETE /images/sha256:aaaa?force=1"_s);
        QCOMPARE(view.messageText(), u"Removed 1 image by force."_s);
        QVERIFY(!view.isShowingError());

        // Cancelled: nothing is sent.
        answers = {false};
        const qsizetype cancelledBefore = sent(*m_fake).size();
        actions.removeAction()->trigger();
        QCOMPARE(sent(*m_fake).size(), cancelledBefore);
    }

    void pruneImagesReportsReclaimedSpace()
    {
        ImagesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ResourceView view(&model, texts());
        view.showConnected();
        ImageActions actions(m_client.get(), &model, &view);
        model.setImages({image(u"sha256:aaaa"_s, {u"a:1"_s}), image(u"sha256:dead"_s, {})});
        QList<bool> answers {false, true};
        actions.setConfirm(recorder(answers));
        m_fake->route("/images/prune", [](QLocalSocket *s, const FakeRequest &) {
            // Layers are listed as Deleted too; only sha256:dead is an image.
            FakeEngine::reply(s, 200,
                R"({"ImagesDeleted":[{"Deleted":"sha256:dead"},{"Deleted":"sha256:layer1"}],"SpaceReclaimed":12345678})");
        });
        QVERIFY(actions.pruneAction()->isEnabled()); // needs no selection
        actions.pruneAction()->trigger(); // declined
        QVERIFY(sent(*m_fake).isEmpty());
        QCOMPARE(m_questions.first().details.contains(u"1 untagged image listed here"_s), true);

        QSignalSpy finished(&actions, &ImageActions::operationFinished);
        actions.pruneAction()->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(sent(*m_fake), QStringList {uR"(POST /images/prune?filters={"dangling":["true"]})"_s});
        QCOMPARE(view.messageText(), u"Pruned: 1 image deleted, 12.3 MB reclaimed."_s);
    }

    void tagValidatesAndSends()
    {
        ImagesModel model;
        ResourceView view(&model, texts());
        view.showConnected();
        ImageActions actions(m_client.get(), &model, &view);
        model.setImages({image(u"sha256:aaaa"_s, {u"a:1"_s})});
        view.view()->setCurrentIndex(view.proxy()->index(0, 0));
        QString answer;
        QString initial;
        actions.setAskText([&](const QString &, const QString &, const QString &suggested) -> std::optional<QString> {
            initial = suggested;
            return answer;
        });
        m_fake->route(
            "/images/sha256:aaaa/tag", [](QLocalSocket *s, const FakeRequest &) { FakeEngine::reply(s, 201, {}); });

        answer = u"my app:1"_s;
        actions.tagAction()->trigger();
        QCOMPARE(initial, u"a:1"_s);
        QVERIFY(view.isShowingError());
        QVERIFY2(view.messageText().contains(u"cannot contain spaces"_s), qPrintable(view.messageText()));
        QVERIFY(sent(*m_fake).isEmpty());

        QSignalSpy finished(&actions, &ImageActions::operationFinished);
        answer = u"localhost:5000/me/app:v2"_s;
        actions.tagAction()->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(sent(*m_fake), QStringList {u"POST /images/sha256:aaaa/tag?repo=localhost:5000/me/app&tag=v2"_s});
        QCOMPARE(view.messageText(), u"a:1 is now also known as localhost:5000/me/app:v2."_s);
    }

    // Enter (and double-click) is the default action: Explore layers for an image.
    void defaultActionsAndSignals()
    {
        ImagesModel model;
        ResourceView view(&model, texts());
        view.showConnected();
        ImageActions actions(m_client.get(), &model, &view);
        model.setImages({image(u"sha256:aaaa"_s, {u"a:1"_s})});
        QSignalSpy explore(&actions, &ImageActions::exploreLayersRequested);
        QSignalSpy run(&actions, &ImageActions::runRequested);
        view.view()->setCurrentIndex(view.proxy()->index(0, 0));
        Q_EMIT view.view()->activated(view.view()->currentIndex());
        QCOMPARE(explore.size(), 1);
        QCOMPARE(explore.first().at(0).toString(), u"sha256:aaaa"_s);
        actions.runAction()->trigger();
        QCOMPARE(run.first().at(0).toString(), u"a:1"_s);
        // Save as archive is offered once someone (the Layers area) takes the request.
        QVERIFY(!actions.saveAction()->isEnabled());
        QSignalSpy save(&actions, &ImageActions::saveAsArchiveRequested);
        connect(&actions, &ImageActions::saveAsArchiveRequested, this, [] { });
        view.view()->setCurrentIndex(view.proxy()->index(0, 1));
        QVERIFY(actions.saveAction()->isEnabled());
        actions.saveAction()->trigger();
        QCOMPARE(save.first().at(0).toString(), u"a:1"_s);
        // Everything is in the context menu; the toolbar has the frequent ones.
        QVERIFY(view.view()->actions().contains(actions.tagAction()));
        QVERIFY(view.toolBar()->actions().contains(actions.removeAction()));
    }

    void containerActionsFollowTheState()
    {
        ContainersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ResourceView view(&model, texts());
        view.showConnected();
        ContainerActions actions(m_client.get(), &model, &view);
        model.setContainers(
            {container(u"1111web"_s, u"web"_s, u"running"_s), container(u"3333job"_s, u"job"_s, u"exited"_s)});
        view.proxy()->sort(ContainersModel::NameColumn);
        const auto select = [&view](int row) {
            view.view()->selectionModel()->select(
                view.proxy()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        };
        select(1); // web, running
        QVERIFY(!actions.startAction()->isEnabled());
        QVERIFY(actions.stopAction()->isEnabled());
        QVERIFY(actions.killAction()->isEnabled());
        select(0); // job, exited
        QVERIFY(actions.startAction()->isEnabled());
        QVERIFY(!actions.stopAction()->isEnabled());

        // Both: Remove warns about the running one and forces only that one.
        view.view()->selectAll();
        QList<bool> answers {false, true};
        actions.setConfirm(recorder(answers));
        m_fake->route(
            "/containers/1111web", [](QLocalSocket *s, const FakeRequest &) { FakeEngine::reply(s, 204, {}); });
        m_fake->route(
            "/containers/3333job", [](QLocalSocket *s, const FakeRequest &) { FakeEngine::reply(s, 204, {}); });
        actions.removeAction()->trigger();
        QVERIFY(sent(*m_fake).isEmpty());
        QCOMPARE(m_questions.first().text, u"Remove 2 containers?"_s);
        QCOMPARE(m_questions.first().acceptText, u"Kill and Remove"_s);
        QVERIFY2(m_questions.first().details.contains(u"Running, so killed first without a grace period: web"_s),
            qPrintable(m_questions.first().details));
        QSignalSpy finished(&actions, &ContainerActions::operationFinished);
        actions.removeAction()->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(
            sent(*m_fake), (QStringList {u"DELETE /containers/3333job"_s, u"DELETE /containers/1111web?force=1"_s}));
        QCOMPARE(view.messageText(), u"Removed 2 containers."_s);

        // Start applies only to the stopped one of a mixed selection.
        m_fake->route(
            "/containers/3333job/start", [](QLocalSocket *s, const FakeRequest &) { FakeEngine::reply(s, 204, {}); });
        const qsizetype before = sent(*m_fake).size();
        actions.startAction()->trigger();
        QVERIFY(finished.wait(10000));
        QCOMPARE(sent(*m_fake).mid(before), QStringList {u"POST /containers/3333job/start"_s});
        QCOMPARE(view.messageText(), u"Started 1 container."_s);
    }

    void pruneContainersReportsReclaimedSpace()
    {
        ContainersModel model;
        ResourceView view(&model, texts());
        view.showConnected();
        ContainerActions actions(m_client.get(), &model, &view);
        model.setContainers(
            {container(u"1111web"_s, u"web"_s, u"running"_s), container(u"3333job"_s, u"job"_s, u"exited"_s)});
        QList<bool> answers {true};
        actions.setConfirm(recorder(answers));
        m_fake->route("/containers/prune", [](QLocalSocket *s, const FakeRequest &) {
            FakeEngine::reply(s, 200, R"({"ContainersDeleted":["3333job","4444"],"SpaceReclaimed":2000})");
        });
        QSignalSpy finished(&actions, &ContainerActions::operationFinished);
        actions.pruneAction()->trigger();
        QVERIFY(finished.wait(10000));
        QVERIFY2(m_questions.first().details.contains(u"job"_s) && !m_questions.first().details.contains(u"web"_s),
            qPrintable(m_questions.first().details));
        QCOMPARE(sent(*m_fake), QStringList {u"POST /containers/prune"_s});
        QCOMPARE(view.messageText(), u"Pruned: 2 containers removed, 2 kB reclaimed."_s);
    }

private:
    static ResourceView::Texts texts()
    {
        ResourceView::Texts t;
        t.title = u"Things"_s;
        t.emptyTitle = u"None"_s;
        return t;
    }

    // Records each question and answers with the next of answers (then "no").
    ResourcePrompts::Confirm recorder(QList<bool> &answers)
    {
        return [this, &answers](const ResourcePrompts::Question &question) {
            m_questions.append(question);
            return answers.isEmpty() ? false : answers.takeFirst();
        };
    }

    QTranslator m_translator;
    QTemporaryDir m_dir;
    std::unique_ptr<FakeEngine> m_fake;
    std::unique_ptr<Core::EngineClient> m_client;
    QList<ResourcePrompts::Question> m_questions;
};

QTEST_MAIN(TestResourceActions)
#include "tst_resourceactions.moc"
