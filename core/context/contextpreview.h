// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "buildcontext.h"
#include "contextscan.h"
#include "copysourcecheck.h"
#include "core/dockerfile/dockerfilemodel.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <atomic>
#include <optional>

namespace Dockwright::Core {

// What a build would upload and why it is that big: totals, the largest files and folders, and what
// .dockerignore removed grouped by the pattern that removed it. Computed from lstat only.
struct ContextPreview
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Core::ContextPreview)
public:
    struct Item
    {
        QString path;
        qint64 bytes = 0;
        qint64 files = 0; // folders: regular files below them
    };
    struct ExcludedGroup
    {
        QString pattern; // the exclusion as cleaned, e.g. ".venv"
        QString sourceFile; // the ignore file
        int line = 0;
        qint64 bytes = 0;
        qint64 files = 0;
        QStringList paths; // top-most excluded paths (a skipped directory counts once)
    };

    QString root;
    QString dockerfile;
    QString ignoreFile; // empty when there is none
    qint64 totalBytes = 0; // sum of regular file sizes sent
    qint64 fileCount = 0; // regular files sent
    qint64 dirCount = 0;
    qint64 symlinkCount = 0;
    QList<Item> largestFiles; // biggest first
    QList<Item> largestFolders; // by bytes below them, biggest first, any depth
    QList<ExcludedGroup> excluded; // biggest first
    qint64 excludedBytes = 0;
    qint64 excludedFiles = 0;
    QStringList warnings;
    // COPY/ADD sources the build will not find (missing, or left out by the ignore file): the build
    // stops at that step. Empty when the Dockerfile could not be read.
    QList<CopySourceCheck::Finding> missingSources;
    bool dockerfileOutsideContext = false; // allowed: docker sends it beside the context

    struct Options
    {
        int topN = 10;
        const std::atomic_bool *cancel = nullptr;
        // The Dockerfile text to check the COPY/ADD sources of (the editor's, saved or not); unset: the
        // file on disk.
        std::optional<QByteArray> dockerfileText;
        DockerfileBuildOptions build; // build arguments resolve ${VAR} in sources
    };

    // Summarises a scan made with ContextWalker::Options::measureExcluded for excluded sizes.
    static ContextPreview fromScan(const BuildContext &context, const ContextScan &scan, int topN = 10);
    // Opens, walks and summarises; safe to run off the GUI thread (no Qt objects), cancellable.
    // The Dockerfile (relative to contextDir or absolute) may lie outside the context, as docker allows.
    static std::optional<ContextPreview> compute(const QString &contextDir, const QString &dockerfile, int topN,
        const std::atomic_bool *cancel, ContextError *error);
    static std::optional<ContextPreview> compute(
        const QString &contextDir, const QString &dockerfile, const Options &options, ContextError *error);
};

} // namespace Dockwright::Core

Q_DECLARE_METATYPE(Dockwright::Core::ContextPreview)
