// SPDX-License-Identifier: GPL-3.0-or-later
// Outline and Problems models: model tester attached before loading, printed tree compared.
#include "modelprinter.h"
#include "ui/editor/documentanalyzer.h"
#include "ui/editor/outlinemodel.h"
#include "ui/editor/problemsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Dockwright::Test;
using namespace Dockwright::Ui;

namespace {

const QString Document = QStringLiteral("ARG BASE=alpine:3.20\n" // 1
                                        "FROM ${BASE} AS build\n" // 2
                                        "RUN echo one \\\n" // 3
                                        "    two\n" // 4
                                        "COPY a.txt /a.txt\n" // 5
                                        "\n" // 6
                                        "FROM scratch\n" // 7
                                        "COPY --from=build /a /a\n" // 8
                                        "CMD [\"/a\"]\n"); // 9

// "text [start-end]" per outline entry, children indented.
QString printOutline(const QAbstractItemModel &model)
{
    return joinLines(printTreeWith(model, [](const QModelIndex &index) {
        return index.data().toString()
            + QStringLiteral(" [%1-%2]")
                  .arg(index.data(OutlineModel::StartLineRole).toInt())
                  .arg(index.data(OutlineModel::EndLineRole).toInt());
    }));
}

QString printProblems(const QAbstractItemModel &model)
{
    return joinLines(printRowsWith(model, [](const QModelIndex &row) {
        return QStringLiteral("%1 | %2 | %3 | %4")
            .arg(row.siblingAtColumn(ProblemsModel::LineColumn).data().toString(),
                row.siblingAtColumn(ProblemsModel::RuleColumn).data().toString(),
                ProblemsModel::severityText(
                    Dockwright::Core::LintSeverity(row.data(ProblemsModel::SeverityRole).toInt())),
                row.siblingAtColumn(ProblemsModel::MessageColumn).data().toString());
    }));
}

} // namespace

class TestEditorModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outline()
    {
        OutlineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setParse(DocumentAnalyzer::analyze(Document).parse);
        QCOMPARE(printOutline(model),
            QStringLiteral("ARG BASE=alpine:3.20 [1-1]\n"
                           "build (from ${BASE}) [2-5]\n"
                           "  RUN echo one two [3-4]\n"
                           "  COPY a.txt /a.txt [5-5]\n"
                           "Stage 1 (from scratch) [7-9]\n"
                           "  COPY --from=build /a /a [8-8]\n"
                           "  CMD [\"/a\"] [9-9]\n"));

        // The instruction under the cursor, for the view to select.
        QCOMPARE(model.indexForLine(4).data().toString(), QStringLiteral("RUN echo one two"));
        QCOMPARE(model.indexForLine(2).data().toString(), QStringLiteral("build (from ${BASE})"));
        QCOMPARE(model.indexForLine(1).data().toString(), QStringLiteral("ARG BASE=alpine:3.20"));
        QVERIFY(!model.indexForLine(6).parent().isValid());
        QCOMPARE(model.indexForLine(8).parent().data(OutlineModel::IsStageRole).toBool(), true);

        // Nodes are stable pointers: parent() of a child is its stage.
        const QModelIndex stage = model.index(1, 0);
        const QModelIndex child = model.index(1, 0, stage);
        QCOMPARE(child.parent(), stage);

        // A new parse replaces the tree; the tester checks the reset.
        model.setParse(DocumentAnalyzer::analyze(QStringLiteral("FROM a AS x\nRUN b\n")).parse);
        QCOMPARE(printOutline(model), QStringLiteral("x (from a) [1-2]\n  RUN b [2-2]\n"));
        model.setParse({});
        QCOMPARE(model.rowCount(), 0);
    }

    void problems()
    {
        ProblemsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDiagnostics(
            DocumentAnalyzer::analyze(QStringLiteral("FROM alpine\nCOPY onlyone\nRUN --bogus=1 true\n")).diagnostics);
        // Parser errors and lint findings together, in source order.
        QCOMPARE(printProblems(model),
            QStringLiteral(
                "1 | RootUser | Warning | The final stage runs as root: add a USER with an unprivileged user\n"
                "1 | MissingHealthcheck | Info | The final stage has no HEALTHCHECK\n"
                "1 | BaseImageUntagged | Warning | Always tag the version of an image explicitly: 'alpine' "
                "means 'alpine:latest'\n"
                "1 | BaseImageNotPinnedByDigest | Info | Base image 'alpine' is not pinned by digest "
                "(@sha256:...)\n"
                "2 | SyntaxError | Error | COPY requires at least two arguments, but only one was "
                "provided. Destination could not be determined\n"
                "3 | SyntaxError | Error | unknown flag: --bogus\n"));
        QCOMPARE(model.count(Dockwright::Core::LintSeverity::Error), 2);
        QCOMPARE(model.count(Dockwright::Core::LintSeverity::Warning), 2);
        const QModelIndex first = model.index(0, 0);
        QVERIFY(!first.data(Qt::DecorationRole).value<QIcon>().isNull());
        QCOMPARE(first.data(ProblemsModel::LineRole).toInt(), 1);
        QCOMPARE(model.index(4, 0).data(ProblemsModel::ColumnRole).toInt(), 6);
        QCOMPARE(model.index(4, ProblemsModel::RuleColumn).data(ProblemsModel::RuleIdRole).toString(),
            QStringLiteral("SyntaxError"));
        QCOMPARE(model.headerData(ProblemsModel::RuleColumn, Qt::Horizontal).toString(), QStringLiteral("Rule"));

        model.setDiagnostics({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestEditorModels)
#include "tst_editormodels.moc"
