// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/timetext.h"
#include "modelprinter.h"
#include "ui/engine/containersmodel.h"
#include "ui/engine/resourcefilterproxy.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using Dockwright::Core::ContainerStateDetail;
using Dockwright::Core::ContainerSummary;
using Dockwright::Core::PortMapping;
using Dockwright::Core::TimeText;
using Dockwright::Test::printTable;
using Dockwright::Ui::ContainersModel;
using Dockwright::Ui::ResourceFilterProxy;

namespace {

ContainerSummary container(
    const QString &id, const QString &name, const QString &state, const QString &status, int createdDay)
{
    ContainerSummary c;
    c.id = id;
    c.name = name;
    c.image = QStringLiteral("dockwright-test/busybox:latest");
    c.imageId = QStringLiteral("sha256:aaaa");
    c.command = QStringLiteral("sleep 3600");
    c.state = state;
    c.status = status;
    c.created = QDateTime(QDate(2026, 11, createdDay), QTime(8, 0), QTimeZone::UTC);
    return c;
}

QList<ContainerSummary> sample()
{
    ContainerSummary web = container(
        QStringLiteral("1111web"), QStringLiteral("web"), QStringLiteral("running"), QStringLiteral("Up 2 hours"), 10);
    web.image = QStringLiteral("nginx:1.27");
    web.ports = {PortMapping {QStringLiteral("0.0.0.0"), 80, 8080, QStringLiteral("tcp")},
        PortMapping {QString(), 443, 0, QStringLiteral("tcp")}};
    return {container(QStringLiteral("3333job"), QStringLiteral("batch-job"), QStringLiteral("exited"),
                QStringLiteral("Exited (0) 3 days ago"), 5),
        web,
        container(QStringLiteral("2222db"), QStringLiteral("Database"), QStringLiteral("paused"),
            QStringLiteral("Up 1 hour (Paused)"), 12)};
}

const QString header = QStringLiteral("Name | Image | State | Status | Ports\n");

} // namespace

class TestContainersModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // English plural forms ("1 second", "5 seconds") come from the embedded dockwright_en.qm, as in the app.
        QVERIFY(m_translator.load(QStringLiteral(":/i18n/dockwright_en.qm")));
        QCoreApplication::installTranslator(&m_translator);
    }

    // docker's wording (go-units HumanDuration) at each boundary.
    void durations_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("expected");
        QTest::newRow("negative") << qint64(-3) << QStringLiteral("Less than a second");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("Less than a second");
        QTest::newRow("one") << qint64(1) << QStringLiteral("1 second");
        QTest::newRow("59 s") << qint64(59) << QStringLiteral("59 seconds");
        QTest::newRow("60 s") << qint64(60) << QStringLiteral("About a minute");
        QTest::newRow("119 s") << qint64(119) << QStringLiteral("About a minute");
        QTest::newRow("2 min") << qint64(120) << QStringLiteral("2 minutes");
        QTest::newRow("59 min") << qint64(59 * 60 + 59) << QStringLiteral("59 minutes");
        QTest::newRow("1 h") << qint64(3600) << QStringLiteral("About an hour");
        QTest::newRow("1.5 h rounds up") << qint64(5400) << QStringLiteral("2 hours");
        QTest::newRow("47 h") << qint64(47 * 3600) << QStringLiteral("47 hours");
        QTest::newRow("48 h") << qint64(48 * 3600) << QStringLiteral("2 days");
        QTest::newRow("13 days") << qint64(13 * 86400) << QStringLiteral("13 days");
        QTest::newRow("14 days") << qint64(14 * 86400) << QStringLiteral("2 weeks");
        QTest::newRow("60 days") << qint64(60 * 86400) << QStringLiteral("2 months");
        QTest::newRow("2 years") << qint64(730 * 86400) << QStringLiteral("2 years");
    }
    void durations()
    {
        QFETCH(qint64, seconds);
        QFETCH(QString, expected);
        QCOMPARE(TimeText::duration(seconds), expected);
    }

    // The bug: "Up Less than a second" from the listing stayed a minute later. With the inspect
    // detail the status is computed from the start time and ages with the clock; only rows whose text
    // changed are announced.
    void statusAges()
    {
        const QDateTime started(QDate(2026, 11, 26), QTime(22, 15, 5, 328), QTimeZone::UTC);
        ContainersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReferenceTime(started.addMSecs(200));
        QList<ContainerSummary> list = sample();
        list[1].status = QStringLiteral("Up Less than a second");
        model.setContainers(list);
        const QModelIndex web = model.index(1, ContainersModel::StatusColumn);
        const QModelIndex job = model.index(0, ContainersModel::StatusColumn);
        QCOMPARE(web.data().toString(), QStringLiteral("Up Less than a second")); // no detail yet: as listed

        ContainerStateDetail running;
        running.running = true;
        running.startedAt = started;
        ContainerStateDetail exited;
        exited.startedAt = started.addDays(-4);
        exited.finishedAt = started.addDays(-3);
        exited.exitCode = 3;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setDetail(list[1].id, running);
        model.setDetail(list[0].id, exited);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(web.data().toString(), QStringLiteral("Up Less than a second"));
        QCOMPARE(job.data().toString(), QStringLiteral("Exited (3) 3 days ago"));
        model.setDetail(list[1].id, running); // the same again: nothing to announce
        QCOMPARE(changed.size(), 2);

        // A minute later: the running one moved on, the exited one did not.
        changed.clear();
        model.setReferenceTime(started.addSecs(61));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex(), web);
        QCOMPARE(changed.first().at(1).toModelIndex(), web);
        QCOMPARE(web.data().toString(), QStringLiteral("Up About a minute"));
        // Nothing changed since: no signal.
        changed.clear();
        model.refreshTimes();
        QCOMPARE(changed.size(), 0);
        model.setReferenceTime(started.addSecs(3 * 3600));
        QCOMPARE(web.data().toString(), QStringLiteral("Up 3 hours"));

        // Health, pause and the other states read as docker ps prints them.
        running.health = QStringLiteral("healthy");
        model.setDetail(list[1].id, running);
        QCOMPARE(web.data().toString(), QStringLiteral("Up 3 hours (healthy)"));
        running.health = QStringLiteral("starting");
        model.setDetail(list[1].id, running);
        QCOMPARE(web.data().toString(), QStringLiteral("Up 3 hours (health: starting)"));
        running.paused = true;
        model.setDetail(list[1].id, running);
        QCOMPARE(web.data().toString(), QStringLiteral("Up 3 hours (Paused)"));
        ContainerStateDetail created;
        model.setDetail(list[1].id, created);
        QCOMPARE(web.data().toString(), QStringLiteral("Created"));
        ContainerStateDetail dead = exited;
        dead.dead = true;
        model.setDetail(list[1].id, dead);
        QCOMPARE(web.data().toString(), QStringLiteral("Dead"));
        // A fresh listing with the detail kept (as ResourceRefresher merges it) still ages.
        list[1].detail = running;
        list[1].detail->paused = false;
        list[1].detail->health.clear();
        model.setContainers(list);
        QCOMPARE(web.data().toString(), QStringLiteral("Up 3 hours"));
        QVERIFY(web.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Started: ")));
    }

    void load()
    {
        ContainersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContainers(sample());
        QCOMPARE(printTable(model),
            header
                + QStringLiteral("batch-job | dockwright-test/busybox:latest | Exited | Exited (0) 3 days ago | \n"
                                 "web | nginx:1.27 | Running | Up 2 hours | 0.0.0.0:8080->80/tcp, 443/tcp\n"
                                 "Database | dockwright-test/busybox:latest | Paused | Up 1 hour (Paused) | \n"));
        QCOMPARE(model.index(1, 0).data(ContainersModel::IdRole).toString(), QStringLiteral("1111web"));
        QCOMPARE(model.index(1, 0).data(Qt::ToolTipRole).toString(), QStringLiteral("ID: 1111web"));
        // The state carries a colour marker; running and exited look different.
        const QModelIndex running = model.index(1, ContainersModel::StateColumn);
        const QModelIndex exited = model.index(0, ContainersModel::StateColumn);
        QVERIFY(!running.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(running.data(ContainersModel::StateColorRole).value<QColor>().isValid());
        QVERIFY(running.data(ContainersModel::StateColorRole).value<QColor>()
            != exited.data(ContainersModel::StateColorRole).value<QColor>());
        // Unknown states are shown as sent.
        QCOMPARE(ContainersModel::stateText(
                     Dockwright::Core::ContainerStates::fromApi(u"stopped"), QStringLiteral("stopped")),
            QStringLiteral("stopped"));
        QCOMPARE(ContainersModel::stateText(Dockwright::Core::ContainerState::Exited), QStringLiteral("Exited"));
    }

    void updateInPlace()
    {
        ContainersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContainers(sample());
        const QPersistentModelIndex job = model.index(0, 0);
        const QPersistentModelIndex web = model.index(1, ContainersModel::StatusColumn);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QList<ContainerSummary> next = sample();
        next[1].state = QStringLiteral("exited");
        next[1].status = QStringLiteral("Exited (137) 1 second ago");
        next[1].ports.clear();
        std::swap(next[0], next[2]); // the engine's order does not matter
        model.setContainers(next);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QCOMPARE(web.data().toString(), QStringLiteral("Exited (137) 1 second ago"));
        QCOMPARE(job.data().toString(), QStringLiteral("batch-job"));
        QCOMPARE(printTable(model),
            header
                + QStringLiteral("batch-job | dockwright-test/busybox:latest | Exited | Exited (0) 3 days ago | \n"
                                 "web | nginx:1.27 | Exited | Exited (137) 1 second ago | \n"
                                 "Database | dockwright-test/busybox:latest | Paused | Up 1 hour (Paused) | \n"));
    }

    void remove()
    {
        ContainersModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContainers(sample());
        const QPersistentModelIndex db = model.index(2, 0);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        // Rows 0 and 1 go in one run; a new container arrives at the same time.
        QList<ContainerSummary> next {sample().at(2),
            container(QStringLiteral("4444new"), QStringLiteral("new"), QStringLiteral("created"),
                QStringLiteral("Created"), 20)};
        model.setContainers(next);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 0);
        QCOMPARE(removed.first().at(2).toInt(), 1);
        QCOMPARE(db.row(), 0);
        QCOMPARE(printTable(model),
            header
                + QStringLiteral("Database | dockwright-test/busybox:latest | Paused | Up 1 hour (Paused) | \n"
                                 "new | dockwright-test/busybox:latest | Created | Created | \n"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!db.isValid());
    }

    void sortProxy()
    {
        ContainersModel model;
        ResourceFilterProxy proxy(ContainersModel::SortRole, ContainersModel::FilterRole);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContainers(sample());

        // Names case-insensitively.
        proxy.sort(ContainersModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(printTable(proxy),
            header
                + QStringLiteral("batch-job | dockwright-test/busybox:latest | Exited | Exited (0) 3 days ago | \n"
                                 "Database | dockwright-test/busybox:latest | Paused | Up 1 hour (Paused) | \n"
                                 "web | nginx:1.27 | Running | Up 2 hours | 0.0.0.0:8080->80/tcp, 443/tcp\n"));
        // States by liveliness (running, paused, exited), not alphabetically.
        proxy.sort(ContainersModel::StateColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("web"));
        QCOMPARE(proxy.index(1, 0).data().toString(), QStringLiteral("Database"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("batch-job"));
        // Status by creation time: newest first when descending.
        proxy.sort(ContainersModel::StatusColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Database"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("batch-job"));
    }

    void filterProxy()
    {
        ContainersModel model;
        ResourceFilterProxy proxy(ContainersModel::SortRole, ContainersModel::FilterRole);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContainers(sample());
        proxy.sort(ContainersModel::NameColumn, Qt::AscendingOrder);

        proxy.setFilterText(QStringLiteral("busybox"));
        QCOMPARE(printTable(proxy),
            header
                + QStringLiteral("batch-job | dockwright-test/busybox:latest | Exited | Exited (0) 3 days ago | \n"
                                 "Database | dockwright-test/busybox:latest | Paused | Up 1 hour (Paused) | \n"));
        proxy.setFilterText(QStringLiteral("running"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("8080"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("  2222DB  "));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("Database"));
        // The filtered row goes away when the container is removed.
        model.setContainers(sample().mid(0, 2));
        QCOMPARE(proxy.rowCount(), 0);
    }

private:
    QTranslator m_translator;
};

QTEST_MAIN(TestContainersModel)
#include "tst_containersmodel.moc"
