// SPDX-License-Identifier: GPL-3.0-or-later
// The layers area's models over the core fixture image (base with links, a zstd layer, a layer with
// whiteouts, an opaque directory, overwrites, chmod and a retargeted symlink): each model with
// QAbstractItemModelTester attached before loading, compared with a printed tree or table; the
// filter/status proxy; file history against LayerStack.
#include "core/common/duration.h"
#include "core/image/layerbuildjoin.h"
#include "core/image/layerstack.h"
#include "core/image/wasteanalysis.h"
#include "layertestdata.h"
#include "tarbuilder.h"
#include "ui/layers/filehistory.h"
#include "ui/layers/filetreemodel.h"
#include "ui/layers/filetreeproxy.h"
#include "ui/layers/imageconfigmodel.h"
#include "ui/layers/imagediffmodel.h"
#include "ui/layers/layerlistmodel.h"
#include "ui/layers/wastedfilesmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright;
using namespace Dockwright::Core;
using namespace Dockwright::Test;
using namespace Dockwright::Ui;
using namespace Qt::StringLiterals;

class TestLayerModels final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    LayeredImagePtr m_image;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_image = readImage(writeArchive(ImageFixture::scenario(), m_dir.filePath(u"scenario.tar"_s)));
        QVERIFY(m_image);
        QCOMPARE(m_image->layers.size(), size_t(3));
    }

    void layerList()
    {
        LayerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setImage(m_image, WasteAnalysis::analyse(*m_image));
        QCOMPARE(printRows(model),
            QStringList({
                u"0 | 131 B | 124 B |  | base | COPY rootfs /"_s,
                u"1 | 50 B | 50 B |  | yours | RUN make-scratch"_s,
                u"2 | 15 B |  |  | yours | RUN cleanup"_s,
            }));
        QCOMPARE(model.index(0, 0).data(LayerListModel::SizeFractionRole).toDouble(), 1.0);
        QCOMPARE(model.index(2, LayerListModel::CommandColumn).data(Qt::ToolTipRole).toString(), u"RUN cleanup"_s);
        QVERIFY(model.index(0, 0).data(LayerListModel::IsBaseRole).toBool());
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void layerListWithBuildSteps()
    {
        LayerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setImage(m_image, WasteAnalysis::analyse(*m_image));
        // Steps as BuildKit reports them: solve order, an internal vertex, the FROM.
        BuildResult build;
        build.imageId = m_image->configDigest;
        build.dockerfile = u"Dockerfile"_s;
        const QDateTime t0 = QDateTime::currentDateTimeUtc();
        auto step
            = [&](const QString &stage, int number, const QString &instruction, int line, bool cached, qint64 ms) {
                  BuildStep s;
                  s.name = u"[%1/3] "_s.arg(number) + instruction;
                  s.stage = stage;
                  s.number = number;
                  s.total = 3;
                  s.instruction = instruction;
                  s.line = s.endLine = line;
                  s.cached = cached;
                  s.started = t0;
                  s.completed = t0.addMSecs(ms);
                  return s;
              };
        BuildStep internal;
        internal.name = internal.instruction = u"[internal] load build context"_s;
        internal.internal = true;
        build.steps = {internal, step({}, 3, u"RUN cleanup"_s, 4, false, 1500),
            step({}, 2, u"RUN make-scratch"_s, 2, true, 0), step({}, 1, u"FROM base"_s, 1, false, 10)};
        model.setBuildJoin(LayerBuildJoin::join(*m_image, build));
        QCOMPARE(printRows(model),
            QStringList({
                u"0 | 131 B | 124 B |  | base | COPY rootfs /"_s,
                u"1 | 50 B | 50 B | CACHED | yours | RUN make-scratch"_s,
                u"2 | 15 B |  | built in 1.5 s | yours | RUN cleanup"_s,
            }));
        QCOMPARE(model.index(2, LayerListModel::CachedColumn).data(Qt::ToolTipRole).toString(),
            u"Build step [3/3] RUN cleanup\nDockerfile:4 · built in 1.5 s"_s);
        QCOMPARE(model.index(1, 0).data(LayerListModel::DockerfileLineRole).toInt(), 2);
        QCOMPARE(model.index(0, 0).data(LayerListModel::DockerfileLineRole).toInt(), 0);
        QVERIFY(model.index(1, LayerListModel::CommandColumn).data(Qt::ToolTipRole).toString().endsWith(u"CACHED"_s));

        // Another image's build fills nothing, and a new image forgets the join.
        build.imageId = u"sha256:0000"_s;
        model.setBuildJoin(LayerBuildJoin::join(*m_image, build));
        QCOMPARE(model.index(1, LayerListModel::CachedColumn).data().toString(), QString());
        build.imageId = m_image->configDigest;
        model.setBuildJoin(LayerBuildJoin::join(*m_image, build));
        model.setImage(m_image);
        QCOMPARE(model.index(1, LayerListModel::CachedColumn).data().toString(), QString());
        QCOMPARE(Duration::format(125000, QLocale()), u"2 min 5 s"_s);
        QCOMPARE(Duration::format(12400, QLocale()), u"12 s"_s);
    }

    void shortensCommands()
    {
        QCOMPARE(LayerListModel::shortCommand(u"/bin/sh -c #(nop)  CMD [\"sh\"]"_s), u"CMD [\"sh\"]"_s);
        QCOMPARE(LayerListModel::shortCommand(u"/bin/sh -c apt-get update"_s), u"RUN apt-get update"_s);
        QCOMPARE(LayerListModel::shortCommand(u"RUN /bin/sh -c x # buildkit"_s), u"RUN x"_s);
        QCOMPARE(LayerListModel::shortCommand(QString(100, u'x'), 10), QString(9, u'x') + QChar(0x2026));
    }

    void fileTreeOfEachLayer_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("layer 2 against 1") << 1 << 2
                                           << QStringList({
                                                  u"big | − deleted | 100 B"_s,
                                                  u"bin |  | 7 B"_s,
                                                  u"  tool |  | 7 B"_s,
                                                  u"etc |  | 14 B"_s,
                                                  u"  hard |  | 0 B"_s,
                                                  u"  keep |  | 4 B"_s,
                                                  u"  link → over | ~ modified | 0 B"_s,
                                                  u"  mode | ~ modified | 4 B"_s,
                                                  u"  over | ~ modified | 6 B"_s,
                                                  u"opt |  | 1 B"_s,
                                                  u"  a | − deleted | 10 B"_s,
                                                  u"  b | − deleted | 2 B"_s,
                                                  u"  c | + added | 1 B"_s,
                                                  u"tmp |  | 0 B"_s,
                                                  u"  scratch | − deleted | 50 B"_s,
                                              });
        QTest::newRow("layer 1 against 0") << 0 << 1
                                           << QStringList({
                                                  u"big |  | 100 B"_s,
                                                  u"bin |  | 7 B"_s,
                                                  u"  tool |  | 7 B"_s,
                                                  u"etc |  | 12 B"_s,
                                                  u"  hard |  | 0 B"_s,
                                                  u"  keep |  | 4 B"_s,
                                                  u"  link → keep |  | 0 B"_s,
                                                  u"  mode |  | 4 B"_s,
                                                  u"  over |  | 4 B"_s,
                                                  u"opt |  | 12 B"_s,
                                                  u"  a |  | 10 B"_s,
                                                  u"  b |  | 2 B"_s,
                                                  u"tmp |  | 50 B"_s,
                                                  u"  scratch | + added | 50 B"_s,
                                              });
    }
    void fileTreeOfEachLayer()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(QStringList, expected);
        FileTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(LayerTreeSnapshot::build(m_image, from, to));
        const QStringList printed
            = printTree(model, {FileTreeModel::NameColumn, FileTreeModel::StatusColumn, FileTreeModel::SizeColumn});
        if (printed != expected)
            qWarning().noquote() << printed.join(u'\n');
        QCOMPARE(printed, expected);
        // Internal pointers are the core's nodes; indexForNode finds them again.
        const PathTree::Node *over = m_image->tree->find("etc/over");
        const QModelIndex index = model.indexForNode(over);
        QCOMPARE(FileTreeModel::nodeOf(index), over);
        QCOMPARE(index.data(FileTreeModel::PathRole).toString(), u"etc/over"_s);
        QCOMPARE(index.parent().data().toString(), u"etc"_s);
        model.setSnapshot({});
        QCOMPARE(model.rowCount(), 0);
    }

    void modesAndOwners()
    {
        FileTreeModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(LayerTreeSnapshot::build(m_image, 1, 2));
        const QModelIndex mode = model.indexForNode(m_image->tree->find("etc/mode"));
        QCOMPARE(mode.siblingAtColumn(FileTreeModel::ModeColumn).data().toString(), u"-rwxr-xr-x"_s);
        QCOMPARE(mode.siblingAtColumn(FileTreeModel::OwnerColumn).data().toString(), u"0:0"_s);
        LayerEntry setuid;
        setuid.type = LayerEntry::Type::Directory;
        setuid.mode = 07755;
        QCOMPARE(FileTreeModel::modeString(setuid), u"drwsr-sr-t"_s);
        setuid.mode = 06644;
        setuid.type = LayerEntry::Type::File;
        QCOMPARE(FileTreeModel::modeString(setuid), u"-rwSr-Sr--"_s);
    }

    void proxyFiltersByStatusAndName()
    {
        FileTreeModel model;
        FileTreeProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(LayerTreeSnapshot::build(m_image, 1, 2));
        proxy.sort(0);
        const QList<int> columns {FileTreeModel::NameColumn, FileTreeModel::StatusColumn};

        // Only changes: unchanged paths go, the parents of changes stay.
        proxy.setStatusVisible(ChangeStatus::Unchanged, false);
        QCOMPARE(printTree(proxy, columns),
            QStringList({u"big | − deleted"_s, u"etc | "_s, u"  link → over | ~ modified"_s, u"  mode | ~ modified"_s,
                u"  over | ~ modified"_s, u"opt | "_s, u"  a | − deleted"_s, u"  b | − deleted"_s, u"  c | + added"_s,
                u"tmp | "_s, u"  scratch | − deleted"_s}));
        proxy.setStatusVisible(ChangeStatus::Deleted, false);
        proxy.setStatusVisible(ChangeStatus::Modified, false);
        QCOMPARE(printTree(proxy, columns), QStringList({u"opt | "_s, u"  c | + added"_s}));
        proxy.setStatusVisible(ChangeStatus::Deleted, true);
        proxy.setStatusVisible(ChangeStatus::Modified, true);
        proxy.setStatusVisible(ChangeStatus::Unchanged, true);

        // Substring, glob (whole name) and path filters.
        proxy.setNamePattern(u"KEE"_s);
        QCOMPARE(printTree(proxy, columns), QStringList({u"etc | "_s, u"  keep | "_s}));
        proxy.setNamePattern(u"?"_s);
        QCOMPARE(printTree(proxy, columns),
            QStringList({u"opt | "_s, u"  a | − deleted"_s, u"  b | − deleted"_s, u"  c | + added"_s}));
        proxy.setNamePattern(u"*o*"_s);
        QCOMPARE(printTree(proxy, columns),
            QStringList({u"bin | "_s, u"  tool | "_s, u"etc | "_s, u"  mode | ~ modified"_s, u"  over | ~ modified"_s,
                u"opt | "_s}));
        proxy.setNamePattern(u"etc/*e*"_s);
        QCOMPARE(printTree(proxy, columns),
            QStringList({u"etc | "_s, u"  keep | "_s, u"  mode | ~ modified"_s, u"  over | ~ modified"_s}));
        proxy.setNamePattern(QString());

        // Sort by size, largest first.
        proxy.sort(FileTreeModel::SizeColumn, Qt::DescendingOrder);
        QStringList top;
        for (int row = 0; row < proxy.rowCount(); ++row)
            top << proxy.index(row, 0).data().toString();
        QCOMPARE(top, QStringList({u"big"_s, u"etc"_s, u"bin"_s, u"opt"_s, u"tmp"_s}));
    }

    void globMatchesWholeNames()
    {
        const QByteArray layer
            = TarBuilder().file(u"lib/x.so"_s, "1").file(u"lib/x.so.1"_s, "2").file(u"lib/readme"_s, "3").build();
        ImageFixture fixture;
        fixture.layer(layer, u"COPY lib /lib"_s);
        const LayeredImagePtr image = readImage(writeArchive(fixture, m_dir.filePath(u"glob.tar"_s)));
        QVERIFY(image);
        FileTreeModel model;
        FileTreeProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSnapshot(LayerTreeSnapshot::build(image, -1, 0));
        proxy.setNamePattern(u"*.so"_s);
        QCOMPARE(printTree(proxy, {0}), QStringList({u"lib"_s, u"  x.so"_s}));
        proxy.setNamePattern(u"*.so*"_s);
        QCOMPARE(printTree(proxy, {0}), QStringList({u"lib"_s, u"  x.so"_s, u"  x.so.1"_s}));
    }

    void wastedFiles()
    {
        WastedFilesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const WasteReport waste = WasteAnalysis::analyse(*m_image);
        model.setReport(waste);
        QCOMPARE(printRows(model),
            QStringList({
                u"big (deleted) | 100 B | 1"_s,
                u"tmp/scratch (deleted) | 50 B | 1"_s,
                u"opt/a (deleted) | 10 B | 1"_s,
                u"etc/keep | 4 B | 2"_s,
                u"etc/over | 4 B | 2"_s,
                u"etc/mode | 4 B | 2"_s,
                u"opt/b (deleted) | 2 B | 1"_s,
            }));
        QCOMPARE(reinterpret_cast<const PathTree::Node *>(
                     model.index(0, 0).data(WastedFilesModel::NodeRole).value<quintptr>()),
            m_image->tree->find("big"));
        QCOMPARE(model.index(0, 1).data(WastedFilesModel::WastedFractionRole).toDouble(), 1.0);
    }

    // Issue 13 item 8: the image's configuration, as docker image inspect's .Config holds it.
    void imageConfiguration()
    {
        ImageConfigModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QJsonObject config {{u"User"_s, u"appuser"_s}, {u"WorkingDir"_s, u"/app"_s},
            {u"Env"_s, QJsonArray {u"PATH=/usr/bin"_s, u"PYTHONUNBUFFERED=1"_s}},
            {u"Entrypoint"_s, QJsonArray {u"/app/.venv/bin/python"_s, u"-m"_s, u"myapp"_s}},
            {u"ExposedPorts"_s, QJsonObject {{u"8000/tcp"_s, QJsonObject()}}},
            {u"Volumes"_s, QJsonObject {{u"/app/data"_s, QJsonObject()}}}, {u"StopSignal"_s, u"SIGINT"_s},
            {u"Healthcheck"_s,
                QJsonObject {{u"Test"_s, QJsonArray {u"CMD-SHELL"_s, u"curl -f http://localhost:8000/"_s}},
                    {u"Interval"_s, 30000000000LL}, {u"Timeout"_s, 3000000000LL}, {u"Retries"_s, 3}}},
            {u"Labels"_s, QJsonObject {{u"org.opencontainers.image.source"_s, u"https://example.org/app"_s}}}};
        model.setConfig(config);
        QCOMPARE(printRows(model),
            QStringList({
                u"User | appuser"_s,
                u"Working dir | /app"_s,
                u"Entrypoint | [\"/app/.venv/bin/python\",\"-m\",\"myapp\"]"_s,
                u"Env | PATH=/usr/bin"_s,
                u"Env | PYTHONUNBUFFERED=1"_s,
                u"Exposed | 8000/tcp"_s,
                u"Volume | /app/data"_s,
                u"Healthcheck | curl -f http://localhost:8000/ (every 30s, timeout 3s, 3 retries)"_s,
                u"Stop signal | SIGINT"_s,
                u"Label | org.opencontainers.image.source=https://example.org/app"_s,
            }));
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(u"root"_s));
        // An image that sets nothing runs as root in / and needs a command.
        model.setConfig(QJsonObject {{u"Env"_s, QJsonArray {u"A=1"_s}}});
        QCOMPARE(printRows(model),
            QStringList({u"User | (none: root)"_s, u"Working dir | /"_s,
                u"Command | (none: docker run must name one)"_s, u"Env | A=1"_s}));
        model.setConfig({});
        QCOMPARE(model.rowCount(), 0);
    }

    void imageDiff()
    {
        const QByteArray layer = TarBuilder().file(u"etc/over"_s, "cc").file(u"new"_s, "n").build();
        ImageFixture after = ImageFixture::scenario();
        after.layer(layer, u"RUN change"_s);
        const LayeredImagePtr b = readImage(writeArchive(after, m_dir.filePath(u"after.tar"_s)));
        QVERIFY(b);
        ImageDiffModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResult(ImageDiff::compare(*m_image, *b));
        QCOMPARE(printRows(model),
            QStringList({u"etc/over | ~ modified | 6 B | 2 B | −4 B"_s, u"new | + added |  | 1 B | +1 B"_s}));
    }

    void historyAgreesWithLayerStack()
    {
        // For every path: the layers that changed it, from FileHistory, equal LayerStack's per-layer changes.
        const LayerStack stack(m_image);
        const PathTree &tree = *m_image->tree;
        QHash<quint32, QStringList> expected;
        for (int layer = 0; layer < int(m_image->layers.size()); ++layer) {
            for (const LayerStack::Change &c : stack.changes(layer - 1, layer))
                expected[c.node->id] << u"%1 %2"_s.arg(layer).arg(changeStatusName(c.status));
        }
        for (quint32 id = 1; id < tree.size(); ++id) {
            QStringList got;
            for (const FileHistory::Step &step : FileHistory::of(*m_image, tree.node(id)))
                got << u"%1 %2"_s.arg(step.layer).arg(changeStatusName(step.status));
            QCOMPARE(got, expected.value(id));
        }
        const QList<FileHistory::Step> over = FileHistory::of(*m_image, tree.find("etc/over"));
        QCOMPARE(over.size(), 2);
        QCOMPARE(over[1].entry->size, 6);
        QCOMPARE(FileHistory::visibleAt(*m_image, tree.find("tmp/scratch"), 1)->size, 50);
        QCOMPARE(FileHistory::visibleAt(*m_image, tree.find("tmp/scratch"), 2), nullptr);
    }
};

QTEST_MAIN(TestLayerModels)
#include "tst_layermodels.moc"
