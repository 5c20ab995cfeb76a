// SPDX-License-Identifier: GPL-3.0-or-later
// Completion lists at cursor positions ("|" marks the cursor in each case).
#include "core/dockerfile/dockerfileparser.h"
#include "ui/editor/completionengine.h"
#include "ui/editor/dockerfileeditor.h"

#include <QTest>

using namespace Dockwright::Ui;
using Kind = CompletionEngine::Kind;
using namespace Qt::StringLiterals;

namespace {

const QString Document = QStringLiteral("ARG PYTHON_VERSION=3.13\n"
                                        "ARG UV_IMAGE=ghcr.io/astral-sh/uv:0.8\n"
                                        "FROM ${UV_IMAGE} AS uv\n"
                                        "FROM python:${PYTHON_VERSION}-slim AS builder\n"
                                        "ARG PACKAGE_NAME=app\n"
                                        "RUN echo\n"
                                        "FROM builder AS runtime\n"
                                        "CMD [\"sh\"]\n");

// Completes `text` with "|" as the cursor, after parsing the document without the marker.
CompletionEngine::Result completeAt(const QString &text, const QStringList &images = {})
{
    const qsizetype cursor = text.indexOf(u'|');
    QString plain = text;
    plain.remove(cursor, 1);
    const QStringList lines = plain.split(u'\n');
    const int line = int(text.left(cursor).count(u'\n'));
    const int column = int(cursor - (text.lastIndexOf(u'\n', cursor - 1) + 1));

    CompletionEngine engine;
    engine.setParse(Dockwright::Core::DockerfileParser::parse(QStringView(plain)));
    engine.setImageNames(images);
    const QString prefix
        = CompletionEngine::instructionPrefix([&lines](int l) { return lines.value(l); }, line, column);
    return engine.complete(prefix, line);
}

} // namespace

class TestCompletionEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lists_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("items");
        QTest::addColumn<int>("prefixLength");

        QTest::newRow("instruction at line start") << Document + QStringLiteral("E|") << int(Kind::Instruction)
                                                   << QStringList {u"ENV"_s, u"EXPOSE"_s, u"ENTRYPOINT"_s} << 1;
        QTest::newRow("instruction lower case")
            << Document + QStringLiteral("  wo|") << int(Kind::Instruction) << QStringList {u"WORKDIR"_s} << 2;
        QTest::newRow("COPY flags") << Document + QStringLiteral("COPY --c|") << int(Kind::Flag)
                                    << QStringList {u"--chown="_s, u"--chmod="_s} << 3;
        QTest::newRow("RUN flags") << Document + QStringLiteral("RUN --|") << int(Kind::Flag)
                                   << QStringList {u"--mount="_s, u"--network="_s, u"--security="_s} << 2;
        QTest::newRow("mount keys") << Document + QStringLiteral("RUN --mount=|") << int(Kind::MountKey)
                                    << QStringList {u"type="_s, u"target="_s, u"source="_s, u"from="_s, u"id="_s,
                                           u"sharing="_s, u"mode="_s, u"uid="_s, u"gid="_s, u"readonly"_s, u"rw"_s,
                                           u"required"_s, u"size="_s, u"env="_s}
                                    << 0;
        QTest::newRow("mount key after comma") << Document + QStringLiteral("RUN --mount=type=cache,ta|")
                                               << int(Kind::MountKey) << QStringList {u"target="_s} << 2;
        QTest::newRow("mount type values")
            << Document + QStringLiteral("RUN --mount=type=|") << int(Kind::MountValue)
            << QStringList {u"bind"_s, u"cache"_s, u"tmpfs"_s, u"secret"_s, u"ssh"_s} << 0;
        QTest::newRow("mount sharing on continued line")
            << Document + QStringLiteral("RUN --mount=type=cache,target=/c \\\n    --mount=type=cache,sharing=l|")
            << int(Kind::MountValue) << QStringList {u"locked"_s} << 1;
        QTest::newRow("mount from stage") << Document + QStringLiteral("RUN --mount=from=|") << int(Kind::Stage)
                                          << QStringList {u"uv"_s, u"builder"_s, u"runtime"_s} << 0;
        QTest::newRow("COPY --from stage") << Document + QStringLiteral("COPY --from=b|") << int(Kind::Stage)
                                           << QStringList {u"builder"_s, u"busybox:latest"_s} << 1;
        QTest::newRow("stages above only")
            << QStringLiteral("FROM a AS one\nCOPY --from=| . .\nFROM b AS two\n") << int(Kind::Stage)
            << QStringList {u"one"_s, u"python:3.13-slim"_s, u"busybox:latest"_s} << 0;
        QTest::newRow("ARG names in ${") << Document + QStringLiteral("RUN echo ${P|") << int(Kind::Variable)
                                         << QStringList {u"PYTHON_VERSION"_s, u"PACKAGE_NAME"_s} << 1;
        QTest::newRow("network values") << Document + QStringLiteral("RUN --network=|") << int(Kind::FlagValue)
                                        << QStringList {u"default"_s, u"none"_s, u"host"_s} << 0;
        QTest::newRow("FROM images") << Document + QStringLiteral("FROM py|") << int(Kind::Image)
                                     << QStringList {u"python:3.13-slim"_s} << 2;
        QTest::newRow("FROM AS") << Document + QStringLiteral("FROM alpine |") << int(Kind::Keyword)
                                 << QStringList {u"AS"_s} << 0;
        QTest::newRow("FROM with platform flag")
            << Document + QStringLiteral("FROM --platform=linux/amd64 bu|") << int(Kind::Image)
            << QStringList {u"busybox:latest"_s, u"builder"_s} << 2;
        QTest::newRow("nothing in shell text")
            << Document + QStringLiteral("RUN apt-get ins|") << int(Kind::None) << QStringList {} << 0;
        QTest::newRow("nothing in comments")
            << Document + QStringLiteral("# FR|") << int(Kind::None) << QStringList {} << 0;
        QTest::newRow("ONBUILD trigger") << Document + QStringLiteral("ONBUILD CO|") << int(Kind::Instruction)
                                         << QStringList {u"COPY"_s} << 2;
    }

    void lists()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(QStringList, items);
        QFETCH(int, prefixLength);
        const CompletionEngine::Result result
            = completeAt(text, {QStringLiteral("python:3.13-slim"), QStringLiteral("busybox:latest")});
        QCOMPARE(result.items, items);
        QCOMPARE(int(result.kind), kind);
        QCOMPARE(result.prefixLength, prefixLength);
    }

    void editorUsesTheEngineAtTheCursor()
    {
        DockerfileEditor editor;
        editor.setImageNames({QStringLiteral("alpine:3.20")});
        editor.setText(QStringLiteral("FROM al"));
        editor.setCursorPosition(0, 7);
        const CompletionEngine::Result result = editor.completionAtCursor();
        QCOMPARE(result.items, QStringList {u"alpine:3.20"_s});
        QVERIFY(editor.showCompletion());
        QVERIFY(editor.isListActive());
        // Choosing the entry replaces the typed prefix.
        editor.SendScintilla(QsciScintillaBase::SCI_AUTOCCOMPLETE);
        QCOMPARE(editor.text(), QStringLiteral("FROM alpine:3.20"));
    }
};

QTEST_MAIN(TestCompletionEngine)
#include "tst_completionengine.moc"
