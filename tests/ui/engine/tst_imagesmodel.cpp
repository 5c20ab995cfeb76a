// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/common/timetext.h"
#include "modelprinter.h"
#include "ui/engine/imagehistorymodel.h"
#include "ui/engine/imagesmodel.h"
#include "ui/engine/resourcefilterproxy.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

using Dockwright::Core::ImageSummary;
using Dockwright::Core::TimeText;
using Dockwright::Test::printTable;
using Dockwright::Ui::ImagesModel;
using Dockwright::Ui::ResourceFilterProxy;

namespace {

const QDateTime now(QDate(2026, 11, 20), QTime(12, 0), QTimeZone::UTC);

ImageSummary image(const QString &hexId, const QStringList &tags, qint64 size, qint64 ageSecs)
{
    ImageSummary i;
    i.id = QLatin1String("sha256:") + hexId;
    i.repoTags = tags;
    i.size = size;
    i.created = now.addSecs(-ageSecs);
    return i;
}

// busybox (small, an hour old), app (two tags, big, 3 days old), a dangling one (mid-size, 5 minutes).
QList<ImageSummary> sample()
{
    return {
        image(QStringLiteral("aaaaaaaaaaaa1111"), {QStringLiteral("dockwright-test/busybox:latest")}, 2'031'616, 3600),
        image(QStringLiteral("bbbbbbbbbbbb2222"), {QStringLiteral("myapp:dev"), QStringLiteral("myapp:1.0")},
            123'400'000, 3 * 86400),
        image(QStringLiteral("cccccccccccc3333"), {QStringLiteral("<none>:<none>")}, 9'800'000, 300)};
}

} // namespace

class TestImagesModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // The English plural forms ("1 hour ago") come from the embedded dockwright_en.qm, as in the app.
        QVERIFY(m_translator.load(QStringLiteral(":/i18n/dockwright_en.qm")));
        QCoreApplication::installTranslator(&m_translator);
    }

    void relativeTimes_data()
    {
        QTest::addColumn<qint64>("ageSecs");
        QTest::addColumn<QString>("expected");
        QTest::newRow("seconds") << qint64(59) << QStringLiteral("just now");
        QTest::newRow("one minute") << qint64(60) << QStringLiteral("1 minute ago");
        QTest::newRow("minutes") << qint64(59 * 60) << QStringLiteral("59 minutes ago");
        QTest::newRow("one hour") << qint64(3600) << QStringLiteral("1 hour ago");
        QTest::newRow("47 hours") << qint64(47 * 3600) << QStringLiteral("47 hours ago");
        QTest::newRow("days") << qint64(13 * 86400) << QStringLiteral("13 days ago");
        QTest::newRow("weeks") << qint64(20 * 86400) << QStringLiteral("2 weeks ago");
        QTest::newRow("months") << qint64(100 * 86400) << QStringLiteral("3 months ago");
        QTest::newRow("years") << qint64(800 * 86400) << QStringLiteral("2 years ago");
        QTest::newRow("future") << qint64(-10) << QStringLiteral("in the future");
    }
    void relativeTimes()
    {
        QFETCH(qint64, ageSecs);
        QFETCH(QString, expected);
        QCOMPARE(TimeText::relative(now.addSecs(-ageSecs), now), expected);
        QCOMPARE(TimeText::relative(QDateTime(), now), QString());
    }

    void load()
    {
        ImagesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReferenceTime(now);
        model.setImages(sample());
        QCOMPARE(printTable(model),
            QStringLiteral("Repository:Tag | Image ID | Size | Created\n"
                           "dockwright-test/busybox:latest | aaaaaaaaaaaa | 2.03 MB | 1 hour ago\n"
                           "myapp:dev, myapp:1.0 | bbbbbbbbbbbb | 123 MB | 3 days ago\n"
                           "(untagged) | cccccccccccc | 9.8 MB | 5 minutes ago\n"));
        const QModelIndex size = model.index(1, ImagesModel::SizeColumn);
        QCOMPARE(size.data(ImagesModel::SortRole).toLongLong(), 123'400'000);
        QCOMPARE(size.data(Qt::ToolTipRole).toString(), QStringLiteral("123,400,000 bytes"));
        QCOMPARE(model.index(1, 0).data(ImagesModel::IdRole).toString(), QStringLiteral("sha256:bbbbbbbbbbbb2222"));
        QVERIFY(!model.index(0, ImagesModel::CreatedColumn).data(Qt::ToolTipRole).toString().isEmpty());
    }

    void updateInPlace()
    {
        ImagesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReferenceTime(now);
        model.setImages(sample());
        const QPersistentModelIndex app = model.index(1, 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QList<ImageSummary> next = sample();
        next[1].repoTags = {QStringLiteral("myapp:dev")}; // the 1.0 tag moved elsewhere
        model.setImages(next);
        QCOMPARE(inserted.size(), 0);
        QCOMPARE(removed.size(), 0);
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        QVERIFY(app.isValid());
        QCOMPARE(app.row(), 1);
        QCOMPARE(app.data().toString(), QStringLiteral("myapp:dev"));

        // The same listing again changes nothing at all.
        model.setImages(next);
        QCOMPARE(changed.size(), 1);

        // A new image is appended; existing rows stay where they are.
        next.prepend(image(QStringLiteral("dddddddddddd4444"), {QStringLiteral("new:latest")}, 1000, 10));
        model.setImages(next);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 3);
        QCOMPARE(app.row(), 1);
        QCOMPARE(printTable(model),
            QStringLiteral("Repository:Tag | Image ID | Size | Created\n"
                           "dockwright-test/busybox:latest | aaaaaaaaaaaa | 2.03 MB | 1 hour ago\n"
                           "myapp:dev | bbbbbbbbbbbb | 123 MB | 3 days ago\n"
                           "(untagged) | cccccccccccc | 9.8 MB | 5 minutes ago\n"
                           "new:latest | dddddddddddd | 1 kB | just now\n"));
        QCOMPARE(reset.size(), 0);
    }

    void remove()
    {
        ImagesModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReferenceTime(now);
        model.setImages(sample());
        const QPersistentModelIndex dangling = model.index(2, 0);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

        QList<ImageSummary> next = sample();
        next.removeAt(1);
        model.setImages(next);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.first().at(1).toInt(), 1);
        QCOMPARE(removed.first().at(2).toInt(), 1);
        QCOMPARE(dangling.row(), 1);
        QCOMPARE(model.rowOfId(QStringLiteral("sha256:bbbbbbbbbbbb2222")), -1);

        // Everything gone: two separate runs collapse to nothing, and clear() on empty is a no-op.
        model.setImages({});
        QCOMPARE(model.rowCount(), 0);
        model.clear();
        QCOMPARE(printTable(model), QStringLiteral("Repository:Tag | Image ID | Size | Created\n"));
    }

    void sortProxy()
    {
        ImagesModel model;
        ResourceFilterProxy proxy(ImagesModel::SortRole, ImagesModel::FilterRole);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReferenceTime(now);
        model.setImages(sample());

        // By bytes, not by text: "9.8 MB" sorts before "123 MB".
        proxy.sort(ImagesModel::SizeColumn, Qt::AscendingOrder);
        QCOMPARE(printTable(proxy),
            QStringLiteral("Repository:Tag | Image ID | Size | Created\n"
                           "dockwright-test/busybox:latest | aaaaaaaaaaaa | 2.03 MB | 1 hour ago\n"
                           "(untagged) | cccccccccccc | 9.8 MB | 5 minutes ago\n"
                           "myapp:dev, myapp:1.0 | bbbbbbbbbbbb | 123 MB | 3 days ago\n"));
        // Newest first.
        proxy.sort(ImagesModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("(untagged)"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("myapp:dev, myapp:1.0"));
        // By name, untagged images last.
        proxy.sort(ImagesModel::RepositoryColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("dockwright-test/busybox:latest"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("(untagged)"));

        // A refresh that grows an image re-sorts it.
        QList<ImageSummary> next = sample();
        next[0].size = 999'000'000;
        proxy.sort(ImagesModel::SizeColumn, Qt::AscendingOrder);
        model.setImages(next);
        QCOMPARE(proxy.index(2, ImagesModel::IdColumn).data().toString(), QStringLiteral("aaaaaaaaaaaa"));
    }

    void filterProxy()
    {
        ImagesModel model;
        ResourceFilterProxy proxy(ImagesModel::SortRole, ImagesModel::FilterRole);
        QAbstractItemModelTester sourceTester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReferenceTime(now);
        model.setImages(sample());
        proxy.sort(ImagesModel::RepositoryColumn, Qt::AscendingOrder);

        proxy.setFilterText(QStringLiteral("MYAPP"));
        QCOMPARE(printTable(proxy),
            QStringLiteral("Repository:Tag | Image ID | Size | Created\n"
                           "myapp:dev, myapp:1.0 | bbbbbbbbbbbb | 123 MB | 3 days ago\n"));
        // A tag that is not the first one, and every word must match.
        proxy.setFilterText(QStringLiteral("1.0 myapp"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(QStringLiteral("myapp busybox"));
        QCOMPARE(proxy.rowCount(), 0);
        // By the id, also past the 12 shown digits.
        proxy.setFilterText(QStringLiteral("3333"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("(untagged)"));
        // New rows that match appear while filtered.
        QList<ImageSummary> next = sample();
        next.append(image(QStringLiteral("eeee33330000"), {QStringLiteral("other:1")}, 1, 1));
        model.setImages(next);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setFilterText(QString());
        QCOMPARE(proxy.rowCount(), 4);
    }

private:
    QTranslator m_translator;

    // docker history as a table: steps newest first, Dockerfile wording, "(not stored)" for ids not here.
    void history()
    {
        using Dockwright::Core::ImageHistoryEntry;
        using Dockwright::Ui::ImageHistoryModel;
        ImageHistoryModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setReferenceTime(now);
        ImageHistoryEntry cmd;
        cmd.id = QStringLiteral("sha256:b481368aa1f45ab0247ccb47");
        cmd.created = now.addSecs(-3600);
        cmd.createdBy = QStringLiteral("/bin/sh -c #(nop)  CMD [\"sh\"]");
        cmd.tags = {QStringLiteral("bbtest:latest")};
        ImageHistoryEntry run;
        run.id = QStringLiteral("<missing>");
        run.created = now.addSecs(-2 * 86400);
        run.createdBy = QStringLiteral("/bin/sh -c apk add curl");
        run.size = 2'030'000;
        ImageHistoryEntry copy;
        copy.id = QStringLiteral("<missing>");
        copy.created = now.addSecs(-3 * 86400);
        copy.createdBy = QStringLiteral("COPY busybox /bin/busybox # buildkit");
        copy.size = 1'000;
        copy.comment = QStringLiteral("buildkit.dockerfile.v0");
        model.setEntries({cmd, run, copy});
        QCOMPARE(printTable(model),
            QStringLiteral(
                "Image | Created | Created By | Size | Comment\n"
                "b481368aa1f4 | 1 hour ago | CMD [\"sh\"] | 0 B | \n"
                "(not stored) | 2 days ago | RUN apk add curl | 2.03 MB | \n"
                "(not stored) | 3 days ago | COPY busybox /bin/busybox # buildkit | 1 kB | buildkit.dockerfile.v0\n"));
        QCOMPARE(
            model.index(1, ImageHistoryModel::SizeColumn).data(ImageHistoryModel::SortRole).toLongLong(), 2'030'000);
        QCOMPARE(model.index(0, ImageHistoryModel::CreatedByColumn).data(Qt::ToolTipRole).toString(), cmd.createdBy);
        model.setEntries({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestImagesModel)
#include "tst_imagesmodel.moc"
