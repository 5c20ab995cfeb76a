// SPDX-License-Identifier: GPL-3.0-or-later
// Help: Getting Started, the documents (files that exist), the Docker references, the keyboard
// shortcuts read from the menus, About Qt.
#include "ui/mainwindow.h"
#include "ui/welcome/helplinks.h"
#include "ui/welcome/shortcutsdialog.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDesktopServices>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QTemporaryDir>
#include <QTest>

using namespace Dockwright;
using Dockwright::Ui::MainWindow;

// Stands in for the desktop's browser and file viewer.
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public Q_SLOTS:
    void open(const QUrl &url) { urls.append(url); }
};

namespace {
QMenu *helpMenu(MainWindow &window)
{
    return window.menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
}

QString dump(const QStandardItemModel &model)
{
    QString text;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex section = model.index(row, 0);
        text += section.data().toString() + u'\n';
        for (int child = 0; child < model.rowCount(section); ++child)
            text += QLatin1String("  ") + model.index(child, 0, section).data().toString() + QLatin1String(" | ")
                + model.index(child, 1, section).data().toString() + u'\n';
    }
    return text;
}
} // namespace

class TestHelpMenu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("DockwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_helpmenu"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings().setValue(
            MainWindow::endpointSettingsKey(), QStringLiteral("unix:///nonexistent/dockwright-test.sock"));
        QDesktopServices::setUrlHandler(QStringLiteral("file"), &m_catcher, "open");
        QDesktopServices::setUrlHandler(QStringLiteral("https"), &m_catcher, "open");
    }

    void cleanupTestCase()
    {
        QDesktopServices::unsetUrlHandler(QStringLiteral("file"));
        QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    }

    void gettingStartedShowsTheWelcomePage()
    {
        MainWindow window;
        window.show();
        QVERIFY(helpMenu(window));
        auto *action = helpMenu(window)->findChild<QAction *>(QStringLiteral("gettingStartedAction"));
        QVERIFY(action);
        QVERIFY(helpMenu(window)->actions().contains(action));
        action->trigger();
        QCOMPARE(window.currentArea(), MainWindow::Area::Welcome);
    }

    // Every document entry opens a Markdown file that exists (here: the checkout's docs/).
    void documentsExist()
    {
        MainWindow window;
        auto *docs = window.menuBar()->findChild<QMenu *>(QStringLiteral("documentationMenu"));
        QVERIFY(docs);
        const QList<Ui::HelpLinks::Document> documents = Ui::HelpLinks::documents();
        QCOMPARE(docs->actions().size(), documents.size());
        QVERIFY(!Ui::HelpLinks::documentsFolder().isEmpty());
        QCOMPARE(QFileInfo(Ui::HelpLinks::documentsFolder()).canonicalFilePath(),
            QFileInfo(qEnvironmentVariable("DOCKWRIGHT_SOURCE_DIR") + QStringLiteral("/docs")).canonicalFilePath());
        // The folder is found by a job; the entries are enabled when it answers.
        QTRY_VERIFY(docs->actions().constLast()->isEnabled());
        for (QAction *action : docs->actions()) {
            const QUrl url = action->data().toUrl();
            QVERIFY2(url.isLocalFile(), qPrintable(action->text()));
            QVERIFY2(QFileInfo(url.toLocalFile()).isFile(), qPrintable(url.toLocalFile()));
            QVERIFY(action->isEnabled());
            m_catcher.urls.clear();
            action->trigger();
            QCOMPARE(m_catcher.urls, QList<QUrl> {url});
        }
        QCOMPARE(docs->actions().constFirst()->data().toUrl().fileName(), QStringLiteral("gui.md"));
        QCOMPARE(docs->actions().constFirst()->shortcut(), QKeySequence(QKeySequence::HelpContents));
    }

    void referencesOnTheWeb()
    {
        MainWindow window;
        for (const char *name : {"engineApiReferenceAction", "dockerfileReferenceAction"}) {
            auto *action = helpMenu(window)->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            const QUrl url = action->data().toUrl();
            QCOMPARE(url.scheme(), QStringLiteral("https"));
            QCOMPARE(url.host(), QStringLiteral("docs.docker.com"));
            m_catcher.urls.clear();
            action->trigger();
            QCOMPARE(m_catcher.urls, QList<QUrl> {url});
        }
        QVERIFY(helpMenu(window)->findChild<QAction *>(QStringLiteral("aboutQtAction")));
    }

    // The overview lists the menus' keys, Build's Ctrl+B among them.
    void shortcutsOverview()
    {
        MainWindow window;
        window.show();
        auto *action = helpMenu(window)->findChild<QAction *>(QStringLiteral("shortcutsAction"));
        QVERIFY(action);
        action->trigger();
        auto *dialog = window.findChild<Ui::ShortcutsDialog *>(QStringLiteral("shortcutsDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString text = dump(*dialog->model());
        QVERIFY2(text.contains(QLatin1String("  Build Image | Ctrl+B\n")), qPrintable(text));
        QVERIFY2(text.contains(QLatin1String("  Quit | Ctrl+Q\n")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("  Find… | Ctrl+F\n")), qPrintable(text));
        dialog->close();
    }

    void shortcutsModel()
    {
        QMenuBar bar;
        QMenu *file = bar.addMenu(QStringLiteral("&File"));
        file->addAction(QStringLiteral("&Open…"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
        file->addAction(QStringLiteral("No key"));
        QMenu *recent = file->addMenu(QStringLiteral("Recent"));
        recent->addAction(QStringLiteral("Save && Quit"))->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
        bar.addMenu(QStringLiteral("&Empty"))->addAction(QStringLiteral("Nothing"));

        QStandardItemModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Ui::ShortcutsDialog::fill(&model, Ui::ShortcutsDialog::sectionsFromMenuBar(&bar));
        QCOMPARE(dump(model), QStringLiteral("File\n  Open… | Ctrl+O\n  Save & Quit | Ctrl+S\n"));
        QCOMPARE(model.columnCount(), 2);
    }

private:
    QTemporaryDir m_settingsDir;
    UrlCatcher m_catcher;
};

QTEST_MAIN(TestHelpMenu)
#include "tst_helpmenu.moc"
