// SPDX-License-Identifier: GPL-3.0-or-later
#include "contextadvice.h"

#include "core/common/bytesize.h"

#include <QLocale>
#include <QStringList>
#include <algorithm>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

namespace {
// Anything at least this big and this share of the context is worth a sentence.
constexpr qint64 NotableBytes = 10 * 1024 * 1024;
constexpr double NotableShare = 0.25;
} // namespace

bool ContextAdvice::isUsuallyIgnored(const QString &folderPath)
{
    static const QStringList names {QStringLiteral(".venv"), QStringLiteral("venv"), QStringLiteral("node_modules"),
        QStringLiteral(".git"), QStringLiteral("__pycache__"), QStringLiteral(".tox"), QStringLiteral(".mypy_cache"),
        QStringLiteral(".pytest_cache"), QStringLiteral("target"), QStringLiteral("build"), QStringLiteral("dist"),
        QStringLiteral(".gradle"), QStringLiteral(".cache"), QStringLiteral(".idea"), QStringLiteral(".next"),
        QStringLiteral("coverage")};
    const QString name = folderPath.section(u'/', -1, -1, QString::SectionSkipEmpty);
    return names.contains(name);
}

QString ContextAdvice::headline(const ContextPreview &preview)
{
    QString text = tr("Your context is %1 in %n file(s)", nullptr, int(qMin<qint64>(preview.fileCount, INT_MAX)))
                       .arg(formatBytes(preview.totalBytes, QLocale()));
    for (const ContextPreview::Item &folder : preview.largestFolders) {
        if (folder.path.isEmpty() || folder.path == QLatin1String("."))
            continue;
        if (folder.bytes < NotableBytes || double(folder.bytes) < NotableShare * double(preview.totalBytes))
            break;
        const QString path = folder.path.endsWith(u'/') ? folder.path : folder.path + u'/';
        if (isUsuallyIgnored(folder.path))
            return text
                + tr("; %1 of it is %2 — add it to .dockerignore.").arg(formatBytes(folder.bytes, QLocale()), path);
        return text
            + tr("; %1 of it is %2 — if the image does not need it, add it to .dockerignore.")
                  .arg(formatBytes(folder.bytes, QLocale()), path);
    }
    return text + u'.';
}

QString ContextAdvice::missingSourcesHtml(const ContextPreview &preview)
{
    if (preview.missingSources.isEmpty())
        return {};
    QString out = QStringLiteral("<p><b>")
        + tr("%n COPY/ADD source(s) are not in the context: the build will stop at that step.", nullptr,
            int(preview.missingSources.size()))
              .toHtmlEscaped()
        + QStringLiteral("</b></p><ul>");
    for (const CopySourceCheck::Finding &finding : preview.missingSources.mid(0, 8)) {
        out += QStringLiteral("<li>")
            + tr("Line %1: %2").arg(finding.range.startLine).arg(finding.message(preview.root)).toHtmlEscaped()
            + QStringLiteral("</li>");
    }
    if (preview.missingSources.size() > 8)
        out += QStringLiteral("<li>")
            + tr("… and %n more (see the Problems list in the editor)", nullptr, int(preview.missingSources.size() - 8))
                  .toHtmlEscaped()
            + QStringLiteral("</li>");
    return out + QStringLiteral("</ul>");
}

QString ContextAdvice::html(const ContextPreview &preview)
{
    // A missing source fails the build for certain; the size advice can wait below it.
    QString out = missingSourcesHtml(preview) + QStringLiteral("<p><b>") + headline(preview).toHtmlEscaped()
        + QStringLiteral("</b></p>");
    // Folders that are usually junk but were not the headline still deserve a word.
    QStringList junk;
    for (const ContextPreview::Item &folder : preview.largestFolders) {
        if (isUsuallyIgnored(folder.path) && folder.bytes >= 1024 * 1024)
            junk.append(tr("%1/ (%2)").arg(folder.path, formatBytes(folder.bytes, QLocale())));
    }
    if (!junk.isEmpty())
        out += QStringLiteral("<p>")
            + tr("Usually left out with .dockerignore: %1.").arg(junk.join(QLatin1String(", "))).toHtmlEscaped()
            + QStringLiteral("</p>");
    auto list = [&out](const QString &title, const QList<ContextPreview::Item> &all, bool folders) {
        // A folder inside a listed one that holds (nearly) all of its bytes tells nothing new.
        QList<ContextPreview::Item> items;
        for (const ContextPreview::Item &item : all) {
            const bool redundant = folders && std::any_of(items.cbegin(), items.cend(), [&item](const auto &shown) {
                return item.path.startsWith(shown.path + u'/') && item.bytes * 10 >= shown.bytes * 9;
            });
            if (!redundant)
                items.append(item);
        }
        if (items.isEmpty())
            return;
        out += QStringLiteral("<p>") + title.toHtmlEscaped() + QStringLiteral("</p><ul>");
        for (const ContextPreview::Item &item : items.mid(0, 5)) {
            out += QStringLiteral("<li><code>") + (folders ? item.path + u'/' : item.path).toHtmlEscaped()
                + QStringLiteral("</code> — ") + formatBytes(item.bytes, QLocale()).toHtmlEscaped();
            if (folders)
                out += QStringLiteral(", ")
                    + tr("%n file(s)", nullptr, int(qMin<qint64>(item.files, INT_MAX))).toHtmlEscaped();
            out += QStringLiteral("</li>");
        }
        out += QStringLiteral("</ul>");
    };
    list(tr("Largest folders:"), preview.largestFolders, true);
    list(tr("Largest files:"), preview.largestFiles, false);
    if (preview.ignoreFile.isEmpty()) {
        out += QStringLiteral("<p>")
            + tr("There is no .dockerignore: every file in the folder is sent to the engine.").toHtmlEscaped()
            + QStringLiteral("</p>");
    } else if (preview.excluded.isEmpty()) {
        out += QStringLiteral("<p>")
            + tr("%1 excluded nothing that is in the folder.").arg(preview.ignoreFile).toHtmlEscaped()
            + QStringLiteral("</p>");
    } else {
        out += QStringLiteral("<p>")
            + tr("%1 left out %2 in %n file(s):", nullptr, int(qMin<qint64>(preview.excludedFiles, INT_MAX)))
                  .arg(preview.ignoreFile, formatBytes(preview.excludedBytes, QLocale()))
                  .toHtmlEscaped()
            + QStringLiteral("</p><ul>");
        for (const ContextPreview::ExcludedGroup &group : preview.excluded.mid(0, 8)) {
            out += QStringLiteral("<li><code>") + group.pattern.toHtmlEscaped() + QStringLiteral("</code> ")
                + tr("(line %1) — %2, %n file(s)", nullptr, int(qMin<qint64>(group.files, INT_MAX)))
                      .arg(group.line)
                      .arg(formatBytes(group.bytes, QLocale()))
                      .toHtmlEscaped()
                + QStringLiteral("</li>");
        }
        out += QStringLiteral("</ul>");
    }
    if (preview.dockerfileOutsideContext)
        out += QStringLiteral("<p>")
            + tr("The Dockerfile %1 lies outside the context folder. That is fine: docker sends it along with the "
                 "context, and COPY cannot see it.")
                  .arg(preview.dockerfile)
                  .toHtmlEscaped()
            + QStringLiteral("</p>");
    for (const QString &warning : preview.warnings)
        out += QStringLiteral("<p>⚠ ") + warning.toHtmlEscaped() + QStringLiteral("</p>");
    return out;
}

} // namespace Dockwright::Ui
