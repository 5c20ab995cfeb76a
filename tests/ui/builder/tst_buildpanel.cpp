// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dockerfile/dockerfileanalyzer.h"
#include "core/dockerfile/dockerfileparser.h"
#include "filejobs.h"
#include "ui/builder/buildargsform.h"
#include "ui/builder/buildcomparisonmodel.h"
#include "ui/builder/buildhistorymodel.h"
#include "ui/builder/buildpanel.h"
#include "ui/builder/buildprofiles.h"
#include "ui/builder/buildstepmodel.h"
#include "ui/builder/contextadvice.h"
#include "ui/builder/dockerfilesourcebar.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright::Core;
using namespace Dockwright::Ui;
using namespace Qt::StringLiterals;

class TestBuildPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_dockerfile;

    static GitProvenance fixedProvenance()
    {
        GitProvenance p;
        p.revision = QStringLiteral("abcdef1234567890abcdef1234567890abcdef12");
        p.remoteUrl = QStringLiteral("https://example.org/team/app.git");
        p.created = QDateTime(QDate(2026, 11, 27), QTime(1, 2, 3), QTimeZone::UTC);
        p.committed = QDateTime(QDate(2026, 11, 20), QTime(8, 0, 0), QTimeZone::UTC);
        return p;
    }

    static bool writeFile(const QString &path, const QByteArray &data)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
    }

    // A panel on the Python template with fixed provenance, so the command is predictable.
    void openPython(BuildPanel &panel)
    {
        QVERIFY(FileJobs::openDockerfile(panel, m_dockerfile));
        panel.setProvenance(fixedProvenance());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString source
            = qEnvironmentVariable("DOCKWRIGHT_SOURCE_DIR") + QStringLiteral("/resources/templates/python/Dockerfile");
        QFile file(source);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(source));
        m_dockerfile = m_dir.filePath(QStringLiteral("app/Dockerfile"));
        QVERIFY(writeFile(m_dockerfile, file.readAll()));
        QVERIFY(writeFile(m_dir.filePath(QStringLiteral("app/main.py")), "print('hi')\n"));
    }

    void collectsArgsOfPythonTemplate()
    {
        QFile file(m_dockerfile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const DockerfileParseResult parse = DockerfileParser::parse(file.readAll());
        const QList<BuildArgsForm::ArgInfo> args = BuildArgsForm::collect(parse, DockerfileAnalyzer::analyze(parse));
        QStringList names;
        for (const auto &arg : args)
            names.append(arg.name);
        QCOMPARE(names,
            QStringList({u"PYTHON_VERSION"_s, u"UV_IMAGE"_s, u"UID"_s, u"PORT"_s, u"PACKAGE_NAME"_s, u"BUILD_DATE"_s,
                u"VCS_REF"_s, u"VCS_URL"_s}));
        QCOMPARE(args.at(0).defaultValue, u"3.13"_s);
        QVERIFY(args.at(0).global);
        QCOMPARE(args.at(0).stages, QStringList({u"builder"_s, u"runtime"_s}));
        QCOMPARE(args.at(1).stages, QStringList({u"uv"_s}));
        QVERIFY2(args.at(1).help.contains(u"Pin the tool image"_s), qPrintable(args.at(1).help));
        QCOMPARE(args.at(2).defaultValue, u"90001"_s);
        QCOMPARE(args.at(2).stages, QStringList({u"runtime"_s}));
        QCOMPARE(args.at(4).stages, QStringList({u"builder"_s, u"runtime"_s}));
        QVERIFY(args.at(5).hasDefault);
        QCOMPARE(args.at(5).defaultValue, QString());

        QCOMPARE(BuildArgsForm::editorFor(u"UID"_s, u"90001"_s), BuildArgsForm::Editor::Number);
        QCOMPARE(BuildArgsForm::editorFor(u"PYTHON_VERSION"_s, u"3.13"_s), BuildArgsForm::Editor::Text);
        QCOMPARE(BuildArgsForm::editorFor(u"UV_IMAGE"_s, u"ghcr.io/astral-sh/uv:0.8"_s), BuildArgsForm::Editor::Text);
        QCOMPARE(BuildArgsForm::editorFor(u"CONFIG"_s, u"./config/app.toml"_s), BuildArgsForm::Editor::Path);
        QCOMPARE(BuildArgsForm::editorFor(u"DATA_DIR"_s, QString()), BuildArgsForm::Editor::Path);
    }

    void tabLeavesTheLabelsBox()
    {
        // Issue 11: Tab inserted a tab character into Labels instead of moving on.
        BuildPanel panel(nullptr);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        openPython(panel);
        auto *labels = panel.findChild<QPlainTextEdit *>(QStringLiteral("labels"));
        QVERIFY(labels);
        labels->setFocus();
        QTRY_VERIFY(labels->hasFocus());
        const QString before = labels->toPlainText();
        QTest::keyClick(labels, Qt::Key_Tab);
        QVERIFY(!labels->hasFocus());
        QCOMPARE(labels->toPlainText(), before);
    }

    void formHasFieldsAndProvenance()
    {
        BuildPanel panel(nullptr);
        openPython(panel);
        BuildArgsForm *form = panel.argsForm();
        QVERIFY(qobject_cast<QSpinBox *>(form->editorWidget(u"UID"_s)));
        QVERIFY(qobject_cast<QSpinBox *>(form->editorWidget(u"PORT"_s)));
        QVERIFY(qobject_cast<QLineEdit *>(form->editorWidget(u"PYTHON_VERSION"_s)));
        QCOMPARE(form->value(u"PYTHON_VERSION"_s), u"3.13"_s);
        QVERIFY(!form->isOverridden(u"PYTHON_VERSION"_s));
        QVERIFY(form->editorWidget(u"UV_IMAGE"_s)->toolTip().contains(u"Pin the tool image"_s));
        const auto *help = form->findChild<QLabel *>(u"help_UV_IMAGE"_s);
        QVERIFY(help);
        QVERIFY(help->text().startsWith(u"Pin the tool image"_s));
        QVERIFY(!form->findChild<QLabel *>(u"help_UID"_s));
        QCOMPARE(panel.targetStages(), QStringList({u"uv"_s, u"builder"_s, u"runtime"_s}));

        QCOMPARE(form->value(u"BUILD_DATE"_s), u"2026-11-27T01:02:03Z"_s);
        QCOMPARE(form->value(u"VCS_REF"_s), fixedProvenance().revision);
        QCOMPARE(form->value(u"VCS_URL"_s), fixedProvenance().remoteUrl);
        QVERIFY(form->isOverridden(u"VCS_REF"_s));
        QCOMPARE(panel.tags(), QStringList({u"app:latest"_s, u"app:sha-abcdef1"_s}));

        const QString command = panel.commandText();
        QVERIFY2(command.startsWith(u"docker build "_s), qPrintable(command));
        QVERIFY2(
            command.contains(u"--build-arg VCS_REF=abcdef1234567890abcdef1234567890abcdef12"_s), qPrintable(command));
        QVERIFY2(command.contains(u"--build-arg BUILD_DATE=2026-11-27T01:02:03Z"_s), qPrintable(command));
        QVERIFY2(command.contains(u"--label org.opencontainers.image.revision=abcdef1"_s), qPrintable(command));
        // The commit's time, not the build's: a rebuild of the same commit keeps its image ID.
        QVERIFY2(
            command.contains(u"--label org.opencontainers.image.created=2026-11-20T08:00:00Z"_s), qPrintable(command));
        QVERIFY2(command.contains(u"--label org.opencontainers.image.source=https://example.org/team/app.git"_s),
            qPrintable(command));
        QVERIFY2(command.contains(u"-t app:sha-abcdef1"_s), qPrintable(command));
        QVERIFY2(!command.contains(u"PYTHON_VERSION"_s), qPrintable(command)); // defaults are not repeated
        QVERIFY2(!command.contains(u" -f "_s), qPrintable(command)); // Dockerfile at the context root
        // The shown command is the same words, one flag per line.
        const QString shown = panel.findChild<QPlainTextEdit *>(u"command"_s)->toPlainText();
        QCOMPARE(shown, panel.commandDisplayText());
        QVERIFY2(shown.contains(u" \\\n  --build-arg VCS_REF="_s), qPrintable(shown));
        QCOMPARE(QString(shown).replace(u" \\\n  "_s, u" "_s), command);
        // ...and pasting it back gives the same request.
        const BuildRequest before = panel.request();
        QVERIFY(FileJobs::pasteCommand(panel, shown));
        QCOMPARE(panel.request(), before);
    }

    // The main window can be made as small as 700x500 with the Build area shown.
    void fitsSmallWindows()
    {
        BuildPanel panel(nullptr);
        openPython(panel);
        const QSize minimum = panel.minimumSizeHint();
        QVERIFY2(minimum.width() <= 560 && minimum.height() <= 400,
            qPrintable(u"%1x%2"_s.arg(minimum.width()).arg(minimum.height())));
    }

    // A later git state (as at Build time) refreshes what we filled, never what the user typed.
    void provenanceRefreshKeepsUserValues()
    {
        BuildPanel panel(nullptr);
        openPython(panel);
        panel.argsForm()->setValue(u"VCS_URL"_s, u"https://mirror.example/app.git"_s);
        GitProvenance later = fixedProvenance();
        later.revision = u"1111111222222233333334444444555555566666"_s;
        later.created = later.created.addSecs(3600);
        panel.setProvenance(later);
        QCOMPARE(panel.argsForm()->value(u"VCS_REF"_s), later.revision);
        QCOMPARE(panel.argsForm()->value(u"BUILD_DATE"_s), u"2026-11-27T02:02:03Z"_s);
        QCOMPARE(panel.argsForm()->value(u"VCS_URL"_s), u"https://mirror.example/app.git"_s);
        QCOMPARE(panel.tags(), QStringList({u"app:latest"_s, u"app:sha-1111111"_s}));
        panel.setTags({u"mine:1"_s});
        panel.setProvenance(fixedProvenance());
        QCOMPARE(panel.tags(), QStringList({u"mine:1"_s}));
    }

    void formFollowsTheEditor()
    {
        // Issue 11: a new ARG typed in the editor reached the form only after Browse…, and that re-pick
        // overwrote the tag the user typed; the build read the file on disk.
        BuildPanel panel(nullptr);
        openPython(panel);
        QFile file(m_dockerfile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString onDisk = QString::fromUtf8(file.readAll());
        panel.setTags({u"mine:2"_s});
        panel.argsForm()->setValue(u"PORT"_s, u"9000"_s);
        QVERIFY(!panel.argsForm()->hasArg(u"NEW_ARG"_s));
        auto *bar = panel.dockerfileSourceBar();
        QVERIFY(!bar->isVisibleTo(&panel));

        // The editor shows the same file with an unsaved ARG: the form has it without Browse….
        QSignalSpy applied(&panel, &BuildPanel::dockerfileApplied);
        const QString edited = onDisk + u"ARG NEW_ARG=fresh\n"_s;
        panel.setEditorDocument(m_dockerfile, edited, true);
        QVERIFY(applied.wait(5000));
        QVERIFY(panel.argsForm()->hasArg(u"NEW_ARG"_s));
        QCOMPARE(panel.argsForm()->value(u"NEW_ARG"_s), u"fresh"_s);
        QCOMPARE(panel.argsForm()->value(u"PORT"_s), u"9000"_s); // what the user set stays
        QCOMPARE(panel.tags(), QStringList {u"mine:2"_s});
        // The build sends the editor text; the bar says so and offers the file on disk instead.
        QVERIFY(bar->isVisibleTo(&panel));
        QVERIFY(panel.buildsEditorText());
        QCOMPARE(panel.request().dockerfileText, std::optional<QByteArray>(edited.toUtf8()));
        // ...and the command says so, as docker would take it: -f - (the Dockerfile on standard input).
        QVERIFY2(panel.commandText().startsWith(u"docker build -f - "_s), qPrintable(panel.commandText()));
        const QString shownUnsaved = panel.commandDisplayText();
        QVERIFY2(shownUnsaved.startsWith(u"# "_s) && shownUnsaved.contains(u"\n  -f - \\\n"_s)
                && shownUnsaved.contains(QFileInfo(m_dockerfile).fileName()),
            qPrintable(shownUnsaved));
        // Pasted back, -f - keeps the form's Dockerfile (the text is not on the command line).
        const QString dockerfileBefore = panel.dockerfilePath();
        QVERIFY(FileJobs::pasteCommand(panel, shownUnsaved));
        QCOMPARE(panel.dockerfilePath(), dockerfileBefore);
        QCOMPARE(panel.tags(), QStringList {u"mine:2"_s});
        bar->findChild<QRadioButton *>(u"buildDiskFile"_s)->click();
        QVERIFY2(!panel.commandText().contains(u" -f "_s), qPrintable(panel.commandText()));
        QVERIFY(!panel.buildsEditorText());
        QVERIFY(!panel.request().dockerfileText);
        bar->findChild<QRadioButton *>(u"buildEditorText"_s)->click();
        QVERIFY(panel.buildsEditorText());
        QSignalSpy save(&panel, &BuildPanel::saveEditorRequested);
        bar->findChild<QPushButton *>(u"saveDockerfile"_s)->click();
        QCOMPARE(save.count(), 1);

        // Picking the same file again keeps the tag and the values the user typed.
        QVERIFY(FileJobs::openDockerfile(panel, m_dockerfile));
        QCOMPARE(panel.tags(), QStringList {u"mine:2"_s});
        QCOMPARE(panel.argsForm()->value(u"PORT"_s), u"9000"_s);
        QVERIFY(panel.argsForm()->hasArg(u"NEW_ARG"_s)); // the editor's text, not the disk's

        // Saved: editor and disk agree, the bar goes and the file is read as usual.
        panel.setEditorDocument(m_dockerfile, edited, false);
        QVERIFY(!bar->isVisibleTo(&panel));
        QVERIFY(!panel.request().dockerfileText);
        // Another document in the editor does not touch this form.
        applied.clear();
        panel.setEditorDocument(m_dir.filePath(u"other/Dockerfile"_s), u"FROM scratch\nARG OTHER=1\n"_s, true);
        QVERIFY(!applied.wait(600));
        QVERIFY(!panel.argsForm()->hasArg(u"OTHER"_s));
        QVERIFY(!bar->isVisibleTo(&panel));
    }

    void typedDockerfilePathMovesTheContext()
    {
        // Issue 11: typing a new Dockerfile path updated neither the context folder nor the tag.
        QVERIFY(writeFile(m_dir.filePath(u"second/Dockerfile"_s), "FROM scratch\nARG SECOND=2\n"));
        BuildPanel panel(nullptr);
        openPython(panel);
        QCOMPARE(panel.tags().first(), u"app:latest"_s);
        auto *path = panel.findChild<QLineEdit *>(u"dockerfilePath"_s);
        QVERIFY(path);
        path->setText(m_dir.filePath(u"second/Dockerfile"_s));
        QSignalSpy opened(&panel, &BuildPanel::dockerfileOpened);
        Q_EMIT path->editingFinished();
        QVERIFY(opened.wait()); // read as a job
        QCOMPARE(panel.dockerfilePath(), m_dir.filePath(u"second/Dockerfile"_s));
        QCOMPARE(panel.contextDir(), m_dir.filePath(u"second"_s));
        QVERIFY(panel.argsForm()->hasArg(u"SECOND"_s));
        QCOMPARE(panel.tags().first(), u"second:latest"_s); // our suggestion follows the folder

        // A context folder the user chose, and a tag the user typed, stay.
        auto *context = panel.findChild<QLineEdit *>(u"contextDir"_s);
        QVERIFY(context);
        context->setText(m_dir.filePath(u"app"_s));
        Q_EMIT context->textEdited(context->text());
        panel.setTags({u"typed:1"_s});
        path->setText(m_dockerfile);
        Q_EMIT path->editingFinished();
        QVERIFY(opened.wait());
        QCOMPARE(panel.contextDir(), m_dir.filePath(u"app"_s));
        QCOMPARE(panel.tags(), QStringList {u"typed:1"_s});
    }

    void buildTabIsShownFirst()
    {
        // Issue 11: the panel opened on the context preview with Build one tab away.
        BuildPanel panel(nullptr);
        panel.resize(1024, 640);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        openPython(panel);
        QPushButton *build = nullptr;
        for (QPushButton *button : panel.findChildren<QPushButton *>()) {
            if (button->text() == u"Build"_s)
                build = button;
        }
        QVERIFY(build);
        QVERIFY(build->isVisible());
        auto *argsBox = panel.argsForm()->parentWidget();
        QVERIFY(argsBox->isVisible());
        // The build arguments' title is in sight, not scrolled below the Image options.
        QScrollArea *scroll = nullptr;
        for (QWidget *w = argsBox; w && !scroll; w = w->parentWidget())
            scroll = qobject_cast<QScrollArea *>(w);
        QVERIFY(scroll);
        const QPoint top = argsBox->mapTo(scroll->viewport(), QPoint(0, 0));
        QVERIFY2(top.y() >= 0 && top.y() + 40 <= scroll->viewport()->height(),
            qPrintable(u"args box at %1 of %2"_s.arg(top.y()).arg(scroll->viewport()->height())));
    }

    void editingChangesCommand()
    {
        BuildPanel panel(nullptr);
        openPython(panel);
        auto *uid = qobject_cast<QSpinBox *>(panel.argsForm()->editorWidget(u"UID"_s));
        QVERIFY(uid);
        QSignalSpy changed(panel.argsForm(), &BuildArgsForm::changed);
        uid->setValue(1000);
        QCOMPARE(changed.count(), 1);
        QVERIFY(panel.argsForm()->isOverridden(u"UID"_s));
        QVERIFY(uid->font().bold());
        auto *command = panel.findChild<QPlainTextEdit *>(u"command"_s);
        QVERIFY2(command->toPlainText().contains(u"--build-arg UID=1000"_s), qPrintable(command->toPlainText()));

        // Back to the default: no longer an override, no longer on the command line.
        uid->setValue(90001);
        QVERIFY(!panel.argsForm()->isOverridden(u"UID"_s));
        QVERIFY(!uid->font().bold());
        QVERIFY(!command->toPlainText().contains(u"UID"_s));

        auto *python = qobject_cast<QLineEdit *>(panel.argsForm()->editorWidget(u"PYTHON_VERSION"_s));
        python->setText(u"3.12"_s);
        Q_EMIT python->textEdited(python->text());
        QVERIFY(command->toPlainText().contains(u"--build-arg PYTHON_VERSION=3.12"_s));
        panel.argsForm()->resetValue(u"PYTHON_VERSION"_s);
        QCOMPARE(python->text(), u"3.13"_s);
        QVERIFY(!command->toPlainText().contains(u"PYTHON_VERSION"_s));

        panel.setTarget(u"builder"_s);
        QVERIFY(command->toPlainText().contains(u"--target builder"_s));
        panel.setTags({u"shop:dev"_s});
        QVERIFY(command->toPlainText().contains(u"-t shop:dev"_s));
        QVERIFY(!command->toPlainText().contains(u"app:latest"_s));
        QCOMPARE(panel.request().target, u"builder"_s);
    }

    void pastingFillsForm()
    {
        BuildPanel panel(nullptr);
        openPython(panel);
        QVERIFY(FileJobs::pasteCommand(panel,
            u"$ docker build --build-arg PORT=9000 --build-arg EXTRA=1 --target builder -t a:1 -t a:2 --no-cache "
            "--platform linux/arm64 --secret id=x,src=y --cache-from foo ."_s));
        QCOMPARE(panel.argsForm()->value(u"PORT"_s), u"9000"_s);
        QVERIFY(panel.argsForm()->isOverridden(u"PORT"_s));
        QVERIFY(!panel.argsForm()->isOverridden(u"VCS_REF"_s)); // the pasted command did not set it
        QCOMPARE(qobject_cast<QSpinBox *>(panel.argsForm()->editorWidget(u"PORT"_s))->value(), 9000);
        const BuildRequest request = panel.request();
        QCOMPARE(request.target, u"builder"_s);
        QCOMPARE(request.tags, QStringList({u"a:1"_s, u"a:2"_s}));
        QVERIFY(request.noCache);
        QCOMPARE(request.platform, u"linux/arm64"_s);
        QVERIFY(request.labels.isEmpty());
        QCOMPARE(request.contextDir, QFileInfo(m_dockerfile).absolutePath());
        QVERIFY(request.buildArgs.contains(BuildRequest::Arg {u"EXTRA"_s, u"1"_s}));
        QVERIFY2(panel.pasteMessage().contains(u"--secret"_s), qPrintable(panel.pasteMessage()));
        QVERIFY2(panel.pasteMessage().contains(u"--cache-from"_s), qPrintable(panel.pasteMessage()));
        QVERIFY2(panel.pasteMessage().contains(u"EXTRA"_s), qPrintable(panel.pasteMessage()));
        QVERIFY(panel.commandText().contains(u"--build-arg PORT=9000"_s));

        // Not a build command: the form stays as it was.
        const QString before = panel.commandText();
        QVERIFY(!FileJobs::pasteCommand(panel, u"ls -la"_s));
        QVERIFY(!panel.pasteMessage().isEmpty());
        QCOMPARE(panel.commandText(), before);
    }

    void contextPreviewInPlainWords()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(writeFile(dir.filePath(u"Dockerfile"_s), "FROM scratch\nCOPY main.py /\n"));
        QVERIFY(writeFile(dir.filePath(u"main.py"_s), "print('hi')\n"));
        {
            QFile big(dir.filePath(u".venv/lib/big.so"_s));
            QDir().mkpath(dir.filePath(u".venv/lib"_s));
            QVERIFY(big.open(QIODevice::WriteOnly));
            QVERIFY(big.resize(40 * 1024 * 1024)); // sparse: the preview only looks at sizes
        }
        BuildPanel panel(nullptr);
        QSignalSpy ready(&panel, &BuildPanel::contextPreviewReady);
        QVERIFY(FileJobs::openDockerfile(panel, dir.filePath(u"Dockerfile"_s)));
        QVERIFY(ready.wait(20000));
        QCOMPARE(panel.contextPreview().fileCount, 3);
        const QString summary = panel.contextSummary();
        // 40 MiB in docker's SI units (formatBytes): 41,943,040 bytes are "41.9 MB".
        QVERIFY2(summary.contains(u"41.9 MB"_s) && summary.contains(u".venv/ — add it to .dockerignore"_s),
            qPrintable(summary));
        QVERIFY(ContextAdvice::html(panel.contextPreview()).contains(u"no .dockerignore"_s));

        QVERIFY(writeFile(dir.filePath(u".dockerignore"_s), ".venv\n"));
        ready.clear();
        panel.refreshContextPreview();
        QVERIFY(ready.wait(20000));
        QVERIFY2(!panel.contextSummary().contains(u".venv"_s), qPrintable(panel.contextSummary()));
        QCOMPARE(panel.contextPreview().excludedBytes, 40 * 1024 * 1024);
        const QString html = ContextAdvice::html(panel.contextPreview());
        QVERIFY2(html.contains(u".dockerignore left out 41.9 MB"_s), qPrintable(html));
    }

    void profilesPerProject()
    {
        BuildPanel panel(nullptr);
        openPython(panel);
        for (const QString &name : BuildProfiles::names(panel.contextDir()))
            BuildProfiles::remove(panel.contextDir(), name);
        auto *uid = qobject_cast<QSpinBox *>(panel.argsForm()->editorWidget(u"UID"_s));
        uid->setValue(1234);
        panel.setTarget(u"builder"_s);
        panel.saveProfile(u"debug/fast"_s);
        QCOMPARE(panel.profileNames(), QStringList({u"debug/fast"_s}));
        uid->setValue(90001);
        panel.setTarget(QString());
        QVERIFY(!panel.commandText().contains(u"UID"_s));

        QVERIFY(panel.loadProfile(u"debug/fast"_s));
        QCOMPARE(uid->value(), 1234);
        QCOMPARE(panel.request().target, u"builder"_s);
        QVERIFY(!panel.loadProfile(u"nonexistent"_s));
        // Another project does not see it.
        QTemporaryDir other;
        QVERIFY(BuildProfiles::names(other.path()).isEmpty());
        BuildProfiles::remove(panel.contextDir(), u"debug/fast"_s);
        QVERIFY(BuildProfiles::names(panel.contextDir()).isEmpty());
    }

    void historyAndComparisonModels()
    {
        auto step = [](const QString &instruction, qint64 ms, bool cached) {
            BuildStep s;
            s.id = instruction;
            s.name = u"[2/3] "_s + instruction;
            s.instruction = instruction;
            s.number = 2;
            s.total = 3;
            s.started = QDateTime(QDate(2026, 1, 1), QTime(10, 0), QTimeZone::UTC);
            s.completed = s.started.addMSecs(ms);
            s.cached = cached;
            return s;
        };
        BuildResult older;
        older.started = QDateTime(QDate(2026, 1, 1), QTime(10, 0), QTimeZone::UTC);
        older.durationMs = 5000;
        older.imageId = u"sha256:aaaaaaaaaaaaaaaa"_s;
        older.steps = {step(u"RUN make"_s, 4000, false), step(u"COPY . /src"_s, 200, false)};
        older.cacheableSteps = 2;
        BuildResult newer = older;
        newer.started = older.started.addSecs(60);
        newer.durationMs = 300;
        newer.tags = {u"app:1"_s};
        newer.steps = {step(u"RUN make"_s, 0, true), step(u"COPY . /src"_s, 200, false)};
        newer.cachedSteps = 1;

        BuildHistoryModel history;
        QAbstractItemModelTester historyTester(&history, QAbstractItemModelTester::FailureReportingMode::QtTest);
        history.setRecords({older, newer});
        QCOMPARE(history.rowCount(), 2);
        QCOMPARE(history.index(0, BuildHistoryModel::ImageColumn).data().toString(), u"app:1"_s); // newest first
        QCOMPARE(history.index(0, BuildHistoryModel::CacheColumn).data().toString(), u"1 of 2"_s);
        QCOMPARE(history.index(1, BuildHistoryModel::OutcomeColumn).data().toString(), u"built"_s);

        BuildComparisonModel comparison;
        QAbstractItemModelTester comparisonTester(&comparison, QAbstractItemModelTester::FailureReportingMode::QtTest);
        comparison.compare(older, newer);
        QCOMPARE(comparison.rowCount(), 2);
        QCOMPARE(comparison.index(0, BuildComparisonModel::StepColumn).data().toString(), u"RUN make"_s);
        QCOMPARE(comparison.index(0, BuildComparisonModel::BeforeColumn).data().toString(), u"4.0 s"_s);
        QCOMPARE(comparison.index(0, BuildComparisonModel::AfterColumn).data().toString(), u"CACHED"_s);
        QCOMPARE(comparison.index(0, BuildComparisonModel::ChangeColumn).data().toString(), u"from cache"_s);
        QCOMPARE(comparison.index(1, BuildComparisonModel::ChangeColumn).data().toString(), QString());
        comparison.clear();
        QCOMPARE(comparison.rowCount(), 0);
    }

    void stepModel()
    {
        BuildStepModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        BuildStep first;
        first.id = u"a"_s;
        first.name = u"[1/2] FROM busybox"_s;
        first.instruction = u"FROM busybox"_s;
        first.started = QDateTime::currentDateTimeUtc();
        BuildStep second;
        second.id = u"b"_s;
        second.name = u"[2/2] RUN make"_s;
        second.instruction = u"RUN make"_s;
        second.stage = u"builder"_s;
        second.line = 3;
        model.insertStep(0, first);
        model.insertStep(1, second);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, BuildStepModel::StatusColumn).data().toString(), u"running"_s);
        QCOMPARE(model.index(1, BuildStepModel::StatusColumn).data().toString(), u"waiting"_s);
        first.cached = true;
        first.completed = first.started;
        model.updateStep(0, first);
        QCOMPARE(model.index(0, BuildStepModel::CacheColumn).data().toString(), u"CACHED"_s);
        // The run view hides the CACHED column: Status carries the emphasis instead.
        QVERIFY(model.index(0, BuildStepModel::StatusColumn).data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.index(0, 0).data(BuildStepModel::CachedRole).toBool(), true);
        QCOMPARE(model.failedRow(), -1);
        second.started = QDateTime::currentDateTimeUtc();
        second.completed = second.started.addMSecs(2500);
        second.error = u"exit code 2"_s;
        model.updateStep(1, second);
        QCOMPARE(model.failedRow(), 1);
        QCOMPARE(model.index(1, BuildStepModel::DurationColumn).data().toString(), u"2.5 s"_s);
        QCOMPARE(model.index(1, 0).data(BuildStepModel::LineRole).toInt(), 3);
        QVERIFY(model.index(1, 0).data(Qt::BackgroundRole).isValid());
        QCOMPARE(model.index(1, BuildStepModel::StageColumn).data().toString(), u"builder"_s);
        BuildStep exporting;
        exporting.name = u"exporting to image"_s;
        exporting.internal = true;
        BuildStep loading;
        loading.name = u"[internal] load build definition from Dockerfile"_s;
        loading.internal = true;
        model.insertStep(2, exporting);
        model.insertStep(3, loading);
        const auto order
            = [&model](int row) { return model.index(row, 0).data(BuildStepModel::DisplayOrderRole).toLongLong(); };
        QVERIFY(order(3) < order(1)); // preparation, then the Dockerfile's steps by line, then the export
        QVERIFY(order(1) < order(2));
        model.setSteps({second});
        QCOMPARE(model.rowCount(), 1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestBuildPanel)
#include "tst_buildpanel.moc"
