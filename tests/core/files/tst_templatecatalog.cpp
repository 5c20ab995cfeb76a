// SPDX-License-Identifier: GPL-3.0-or-later
// Templates in the user's language (issue 11: a German window wrote English comments into a new
// project): the translated Dockerfile has the same instructions, only its comments differ.
#include "core/files/templatecatalog.h"

#include <QLocale>
#include <QTest>

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace {

QStringList instructions(const QString &dockerfile)
{
    QStringList out;
    for (const QString &line : dockerfile.split(u'\n')) {
        if (!line.trimmed().startsWith(u'#'))
            out << line;
    }
    return out;
}

} // namespace

class TestTemplateCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup() { QLocale::setDefault(QLocale::c()); }

    void germanCommentsSameInstructions()
    {
        for (const TemplateCatalog::Template &t : TemplateCatalog::templates()) {
            QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
            const QString english = TemplateCatalog::dockerfileText(t.id);
            QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
            const QString german = TemplateCatalog::dockerfileText(t.id);
            QVERIFY2(!english.isEmpty() && !german.isEmpty(), qPrintable(t.id));
            QVERIFY2(german != english, qPrintable(t.id + u": no German comments"_s));
            QCOMPARE(instructions(german), instructions(english));
        }
        // A language without its own files gets the English text.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const QString english = TemplateCatalog::dockerfileText(u"minimal"_s);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        QCOMPARE(TemplateCatalog::dockerfileText(u"minimal"_s), english);
    }
};

QTEST_GUILESS_MAIN(TestTemplateCatalog)
#include "tst_templatecatalog.moc"
