// SPDX-License-Identifier: GPL-3.0-or-later
// dockwright: the desktop studio.
#include "core/dockwrightversion.h"
#include "ui/focusringstyle.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("dockwright"));
    QApplication::setApplicationDisplayName(QStringLiteral("Dockwright"));
    QApplication::setOrganizationName(QStringLiteral("Dockwright"));
    QApplication::setApplicationVersion(QStringLiteral(DOCKWRIGHT_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("org.dockwright.Dockwright"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/dockwright/icons/dockwright.svg")));
    Dockwright::Ui::FocusRingStyle::install();

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    // dockwright_<lang>.qm for the user's language; otherwise the English plural forms ("1 minute ago"),
    // which the source strings ("%n minute(s) ago") do not carry themselves.
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("dockwright"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("dockwright_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    Dockwright::Ui::MainWindow window;
    window.show();
    // A plain first start opens on the welcome page; a file or option on the command line says where to go.
    if (QApplication::arguments().size() == 1)
        window.showWelcomeOnFirstLaunch();
    // --layers FILE|IMAGE: open the Layers area on an archive, OCI layout folder or engine image.
    const QStringList arguments = QApplication::arguments();
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--layers")); at > 0 && at + 1 < arguments.size())
        window.openLayers(Dockwright::Core::ImageSource::fromArgument(arguments.at(at + 1)));
    // --build DOCKERFILE [--build-start]: open the Build area on a Dockerfile, and build it once connected.
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--build")); at > 0 && at + 1 < arguments.size())
        window.openBuild(arguments.at(at + 1), arguments.contains(QStringLiteral("--build-start")));
    return QApplication::exec();
}
