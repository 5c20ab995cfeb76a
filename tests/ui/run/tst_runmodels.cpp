// SPDX-License-Identifier: GPL-3.0-or-later
// The run panel's models: each with QAbstractItemModelTester attached before it gets data, edits that
// docker would refuse rejected, the log cap, and docker's CPU/memory arithmetic.
#include "core/run/dockerruncommand.h"
#include "modelprinter.h"
#include "ui/run/capabilitiesmodel.h"
#include "ui/run/containerstats.h"
#include "ui/run/envmodel.h"
#include "ui/run/hardeningmodel.h"
#include "ui/run/logmodel.h"
#include "ui/run/mountsmodel.h"
#include "ui/run/portsmodel.h"
#include "ui/run/tmpfsmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Dockwright;
using namespace Dockwright::Ui;
using Core::RunProfile;
using Dockwright::Test::printRows;
using namespace Qt::StringLiterals;

namespace {
QList<Core::LogRecord> records(std::initializer_list<std::pair<Core::LogRecord::Stream, const char *>> items)
{
    QList<Core::LogRecord> list;
    for (const auto &[stream, text] : items)
        list << Core::LogRecord {stream, QByteArray(text), {}};
    return list;
}
} // namespace

class TestRunModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void portsValidateEdits()
    {
        PortsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto parsed = Core::DockerRunCommand::parse(u"docker run -p 8080:80 -p 127.0.0.1:5353:53/udp img"_s);
        model.setRows(parsed.profile.ports);
        QCOMPARE(printRows(model), (QStringList {u" | 8080 | 80 | tcp"_s, u"127.0.0.1 | 5353 | 53 | udp"_s}));
        QVERIFY(model.setData(model.index(0, PortsModel::HostPortColumn), u"9000-9001"_s));
        QVERIFY(!model.setData(model.index(0, PortsModel::ContainerPortColumn), u"0"_s));
        QVERIFY(!model.setData(model.index(0, PortsModel::ContainerPortColumn), u"70000"_s));
        QVERIFY(!model.setData(model.index(0, PortsModel::ContainerPortColumn), QString()));
        QVERIFY(!model.setData(model.index(0, PortsModel::ProtocolColumn), u"icmp"_s));
        QVERIFY(!model.setData(model.index(0, PortsModel::HostIpColumn), u"not-an-ip"_s));
        QVERIFY(model.setData(model.index(0, PortsModel::HostIpColumn), u"[::1]"_s));
        QCOMPARE(model.rowAt(0).hostIp, u"::1"_s);
        QCOMPARE(model.rowAt(0).hostPort, u"9000-9001"_s);
        QVERIFY(model.removeRows(0, 1));
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.removeRows(3, 1));
    }

    void envShowsPassThrough()
    {
        EnvModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setRows({{u"LOG_LEVEL"_s, u"info"_s, true}, {u"HOME"_s, QString(), false}});
        QCOMPARE(printRows(model), (QStringList {u"LOG_LEVEL | info"_s, u"HOME | (from your environment)"_s}));
        QVERIFY(!model.setData(model.index(0, EnvModel::NameColumn), u"A=B"_s));
        QVERIFY(!model.setData(model.index(0, EnvModel::NameColumn), u" "_s));
        QVERIFY(model.setData(model.index(1, EnvModel::ValueColumn), u"/tmp"_s));
        QCOMPARE(model.rowAt(1), (RunProfile::EnvVar {u"HOME"_s, u"/tmp"_s, true}));
    }

    void mountsAreReadOnlyByDefault()
    {
        MountsModel binds(RunProfile::Mount::Type::Bind);
        QAbstractItemModelTester tester(&binds, QAbstractItemModelTester::FailureReportingMode::QtTest);
        binds.appendRow(binds.newMount(u"/srv/data"_s, u"/data"_s));
        QCOMPARE(printRows(binds, Qt::CheckStateRole), QStringList {u" |  | [x]"_s});
        QCOMPARE(Core::DockerRunCommand::formatMount(binds.rowAt(0)), u"/srv/data:/data:ro"_s);
        QVERIFY(binds.setData(binds.index(0, MountsModel::ReadOnlyColumn), Qt::Unchecked, Qt::CheckStateRole));
        QVERIFY(!binds.rowAt(0).readOnly);
        QVERIFY(!binds.setData(binds.index(0, MountsModel::TargetColumn), u"relative"_s));
        QVERIFY(binds.flags(binds.index(0, MountsModel::ReadOnlyColumn)) & Qt::ItemIsUserCheckable);

        MountsModel volumes(RunProfile::Mount::Type::Volume);
        QAbstractItemModelTester volumesTester(&volumes, QAbstractItemModelTester::FailureReportingMode::QtTest);
        volumes.appendRow(volumes.newMount(u"cache"_s, u"/cache"_s));
        QCOMPARE(volumes.headerData(MountsModel::SourceColumn, Qt::Horizontal).toString(), u"Volume"_s);
        QCOMPARE(volumes.rowAt(0).type, RunProfile::Mount::Type::Volume);
    }

    void tmpfsOptionsAreCheckBoxes()
    {
        TmpfsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto parsed = Core::DockerRunCommand::parse(u"docker run --tmpfs /tmp:size=64m --tmpfs /run:exec img"_s);
        model.setRows(parsed.profile.tmpfs);
        QCOMPARE(printRows(model), (QStringList {u"/tmp | 64m |  |  | "_s, u"/run | unlimited |  |  | "_s}));
        QCOMPARE(printRows(model, Qt::CheckStateRole),
            (QStringList {u" |  | [x] | [x] | [x]"_s, u" |  | [x] | [x] | [ ]"_s}));
        QVERIFY(model.setData(model.index(1, TmpfsModel::NoexecColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(model.rowAt(1).noexec);
        QVERIFY(!model.setData(model.index(0, TmpfsModel::SizeColumn), u"lots"_s));
        QVERIFY(model.setData(model.index(0, TmpfsModel::SizeColumn), u"1G"_s));
        QCOMPARE(model.rowAt(0).size, u"1g"_s);
    }

    void capabilitiesAddUnknownNames()
    {
        CapabilitiesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int known = model.rowCount();
        QVERIFY(known > 5);
        model.setChecked({u"cap_net_bind_service"_s, u"SYS_TIME"_s});
        QCOMPARE(model.rowCount(), known + 1);
        QCOMPARE(model.checked(), (QStringList {u"NET_BIND_SERVICE"_s, u"SYS_TIME"_s}));
        QVERIFY(model.setData(model.index(0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(model.checked(), QStringList {u"SYS_TIME"_s});
        QVERIFY(!model.index(1).data(CapabilitiesModel::DescriptionRole).toString().isEmpty());
    }

    void hardeningRowsFollowTheReport()
    {
        HardeningModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        RunProfile profile = Core::DockerRunCommand::parse(u"docker run --read-only -p 80:80 img"_s).profile;
        model.setReport(Core::Hardening::evaluate(profile));
        QCOMPARE(model.rowCount(), int(Core::Hardening::allChecks().size()));
        const int readOnly = model.rowOf(Core::Hardening::Check::ReadOnlyRoot);
        const int network = model.rowOf(Core::Hardening::Check::NetworkNone);
        QCOMPARE(model.index(readOnly, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        QCOMPARE(model.index(network, 0).data(HardeningModel::StatusRole).toInt(),
            int(Core::Hardening::Status::NotApplicable));
        QVERIFY(model.index(readOnly, 0).data(HardeningModel::WithoutItRole).toString().contains(u"binaries"_s));
        QCOMPARE(model.index(readOnly, HardeningModel::FlagsColumn).data().toString(), u"--read-only"_s);

        QSignalSpy toggled(&model, &HardeningModel::toggled);
        QVERIFY(model.setData(model.index(readOnly, 0), Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(toggled.size(), 1);
        QCOMPARE(toggled.first().at(0).value<Core::Hardening::Check>(), Core::Hardening::Check::ReadOnlyRoot);
        QCOMPARE(toggled.first().at(1).toBool(), false);
        // The model only changes when the panel hands a new report back.
        QCOMPARE(model.index(readOnly, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
        profile.readOnlyRootfs = false;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setReport(Core::Hardening::evaluate(profile));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(readOnly, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    }

    void logLinesAreCappedAndColoured()
    {
        LogModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setMaximumLines(5);
        using S = Core::LogRecord::Stream;
        model.append(records({{S::Stdout, "one\ntwo\n"}, {S::Stderr, "oops\r\n"}}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(2).data(LogModel::StreamRole).toInt(), int(S::Stderr));
        QVERIFY(model.index(2).data(Qt::ForegroundRole).isValid());
        QVERIFY(!model.index(0).data(Qt::ForegroundRole).isValid()); // stdout: the palette's colour
        QCOMPARE(model.index(2).data().toString(), u"oops"_s);
        model.append(records({{S::Stdout, "3\n4\n5\n6\n"}}));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.droppedLines(), 2);
        QCOMPARE(model.index(0).data().toString(), u"oops"_s);
        QCOMPARE(model.find(u"OOPS"_s, 0), 0); // wraps around to itself, case-insensitive
        QCOMPARE(model.find(u"5"_s, 0), 3);
        QCOMPARE(model.find(u"5"_s, 3, true), 3);
        QCOMPARE(model.find(u"absent"_s, 0), -1);
        QVERIFY(model.toPlainText().startsWith(u"[stderr] oops\n3\n"_s));

        // A huge batch keeps only its newest lines.
        QByteArray many;
        for (int i = 0; i < 100; ++i)
            many += QByteArray::number(i) + '\n';
        model.append(records({{S::Stdout, many.constData()}}));
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(4).data().toString(), u"99"_s);

        Core::LogRecord stamped {S::Stdout, "hello\n", QDateTime(QDate(2024, 5, 1), QTime(12, 0), QTimeZone::UTC)};
        model.append({stamped});
        QCOMPARE(model.lastTimestamp(), stamped.timestamp);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setShowTimestamps(true);
        QCOMPARE(changed.size(), 1);
        QVERIFY(model.index(4).data().toString().endsWith(u"  hello"_s));
        QVERIFY(model.index(4).data().toString().startsWith(u"2024-05-01"_s));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void statsComputeLikeDockerStats()
    {
        // Two CPUs; the container used 0.5 s of CPU while the system counted 2 s: 25 % x 2 CPUs = 50 %.
        const QByteArray json = R"({
            "cpu_stats": {"cpu_usage": {"total_usage": 1500000000}, "system_cpu_usage": 12000000000, "online_cpus": 2},
            "precpu_stats": {"cpu_usage": {"total_usage": 1000000000}, "system_cpu_usage": 10000000000},
            "memory_stats": {"usage": 10485760, "limit": 536870912, "stats": {"inactive_file": 2097152}},
            "pids_stats": {"current": 3}
        })";
        const ContainerStats s = ContainerStats::fromJson(QJsonDocument::fromJson(json).object());
        QVERIFY(s.valid);
        QVERIFY(s.cpuPercent);
        QCOMPARE(*s.cpuPercent, 50.0);
        QCOMPARE(s.memoryUsage, 8LL * 1024 * 1024);
        QCOMPARE(s.memoryLimit, 512LL * 1024 * 1024);
        QCOMPARE(s.memoryPercent(), 1.5625);
        QCOMPARE(s.pids, 3);

        // cgroup v1 names the cache total_inactive_file; the first sample has no precpu reading.
        const QByteArray first = R"({"cpu_stats": {"cpu_usage": {"total_usage": 5, "percpu_usage": [1, 2, 3, 4]},
            "system_cpu_usage": 100}, "precpu_stats": {"cpu_usage": {}},
            "memory_stats": {"usage": 1000, "limit": 4000, "stats": {"total_inactive_file": 200}}})";
        const ContainerStats v1 = ContainerStats::fromJson(QJsonDocument::fromJson(first).object());
        QVERIFY(!v1.cpuPercent);
        QCOMPARE(v1.memoryUsage, 800);
        QVERIFY(!ContainerStats::fromJson({}).valid);
    }
};

QTEST_MAIN(TestRunModels)
#include "tst_runmodels.moc"
