// SPDX-License-Identifier: GPL-3.0-or-later
// "Connect to…": picking a row after typing an address means that row, Automatic included; typing
// stores nothing, and the main window keeps an address only once an engine answered there.
#include "core/engine/enginesession.h"
#include "ui/engine/endpointdialog.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Dockwright;
using Dockwright::Ui::MainWindow;

namespace {
const QString StoredAddress = QStringLiteral("unix:///nonexistent/dockwright-stored.sock");
const QString BadAddress = QStringLiteral("unix:///nonexistent/dockwright-typo.sock");

void clickRow(QListWidget *list, int row)
{
    const QRect rect = list->visualItemRect(list->item(row));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
}

QAction *findAction(QWidget *window, const QString &text)
{
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (QAction *action : actions) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}
} // namespace

// Runs `answer` on the endpoint dialog once it is the active modal window (it opens after a job).
template<typename Answer>
void whenDialogShows(Answer answer)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, answer] {
        if (auto *dialog = qobject_cast<Ui::EndpointDialog *>(QApplication::activeModalWidget())) {
            poll->stop();
            poll->deleteLater();
            answer(dialog);
        }
    });
    poll->start();
}

class TestEndpointDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(QStringLiteral("DockwrightTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_endpointdialog"));
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init()
    {
        QSettings settings;
        settings.clear();
        settings.setValue(MainWindow::endpointSettingsKey(), StoredAddress);
    }

    // The reported bug: a typo in the field, then a click on Automatic still connected to the typo.
    void automaticAfterTyping()
    {
        Ui::EndpointDialog dialog({}, QString());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("endpointList"));
        auto *address = dialog.findChild<QLineEdit *>(QStringLiteral("endpointAddress"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QCOMPARE(dialog.choice(), QString());

        QTest::keyClicks(address, BadAddress);
        QCOMPARE(dialog.choice(), BadAddress);
        QVERIFY(list->selectedItems().isEmpty());

        clickRow(list, 0);
        QCOMPARE(address->text(), QString());
        QCOMPARE(dialog.choice(), QString());
        QVERIFY(ok->isEnabled());

        // The same with the keyboard: back to the list, Space picks the current row.
        QTest::keyClicks(address, BadAddress);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(dialog.choice(), QString());
        QCOMPARE(address->text(), QString());
    }

    // A stored hand-typed address is shown in the field; picking Automatic over it means Automatic.
    void automaticOverStoredAddress()
    {
        Ui::EndpointDialog dialog({}, BadAddress);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *list = dialog.findChild<QListWidget *>(QStringLiteral("endpointList"));
        QCOMPARE(dialog.findChild<QLineEdit *>(QStringLiteral("endpointAddress"))->text(), BadAddress);
        QCOMPARE(dialog.choice(), BadAddress);
        clickRow(list, 0);
        QCOMPARE(dialog.choice(), QString());
    }

    // Typing in the field writes no setting; Connect on an address no engine answers at keeps the stored
    // choice for the next start, while this session tries the new one.
    void addressStoredOnlyAfterConnecting()
    {
        MainWindow window;
        window.show();
        QSignalSpy disconnected(window.session(), &Core::EngineSession::disconnected);
        bool typedWithoutSaving = false;
        whenDialogShows([&](Ui::EndpointDialog *dialog) {
            auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("endpointAddress"));
            QCOMPARE(address->text(), StoredAddress); // typed by hand earlier, so shown in the field
            address->clear();
            QTest::keyClicks(address, BadAddress);
            typedWithoutSaving = QSettings().value(MainWindow::endpointSettingsKey()).toString() == StoredAddress;
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        QAction *connectTo = findAction(&window, QStringLiteral("Connect to…"));
        QVERIFY(connectTo);
        connectTo->trigger(); // the candidates are read by a job, then the dialog shows
        QTRY_VERIFY(typedWithoutSaving);
        QCOMPARE(window.endpointChoice(), BadAddress);

        QVERIFY(disconnected.wait(10000));
        QCOMPARE(QSettings().value(MainWindow::endpointSettingsKey()).toString(), StoredAddress);
        // The next start still uses the stored choice.
        MainWindow again;
        QCOMPARE(again.endpointChoice(), StoredAddress);
    }

    // Automatic is stored at once: it is the environment's own answer, not an address that may be mistyped.
    void automaticStoredAtOnce()
    {
        MainWindow window;
        bool answered = false;
        whenDialogShows([&](Ui::EndpointDialog *dialog) {
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("endpointList"));
            auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("endpointAddress"));
            address->clear();
            QTest::keyClicks(address, BadAddress);
            clickRow(list, 0);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            answered = true;
        });
        findAction(&window, QStringLiteral("Connect to…"))->trigger();
        QTRY_VERIFY(answered);
        QCOMPARE(window.endpointChoice(), QString());
        QVERIFY(!QSettings().contains(MainWindow::endpointSettingsKey()));
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_MAIN(TestEndpointDialog)
#include "tst_endpointdialog.moc"
