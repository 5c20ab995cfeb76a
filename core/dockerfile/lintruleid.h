// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>
#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace Dockwright::Core {

// Every lint rule, in documentation order (docs/lint-rules.md, `lint --list-rules`, SARIF's rule index).
// Code names a rule by this enum, so a misspelt rule does not compile; LintRuleCatalog::rule(id) has its
// texts. Append new rules where they belong in the docs, without explicit values: the values must stay
// 0, 1, 2, ... (LintRuleCount and the catalog's index rely on it).
enum class LintRuleId : unsigned char {
    SyntaxError,
    BuildError,
    NoEmptyContinuation,
    StageNameCasing,
    FromAsCasing,
    ConsistentInstructionCasing,
    DuplicateStageName,
    ReservedStageName,
    JSONArgsRecommended,
    MaintainerDeprecated,
    UndefinedArgInFrom,
    WorkdirRelativePath,
    UndefinedVar,
    MultipleInstructionsDisallowed,
    LegacyKeyValueFormat,
    RedundantTargetPlatform,
    SecretsUsedInArgOrEnv,
    InvalidDefaultArgInFrom,
    FromPlatformFlagConstDisallowed,
    ExposeProtoCasing,
    ExposeInvalidFormat,
    BaseImageLatestTag,
    BaseImageUntagged,
    AptNoInstallRecommends,
    AptListsNotCleaned,
    AptGetMissingYes,
    AptUseAptGet,
    ApkNoCache,
    PipNoCacheDir,
    RunCdInsteadOfWorkdir,
    AddForLocalFiles,
    RunSudo,
    PipeWithoutPipefail,
    CopyFromUnknownStage,
    CopyFromOwnStage,
    CopyMultipleSourcesDestNoSlash,
    ExposeInvalidPort,
    RootUser,
    BaseImageNotPinnedByDigest,
    DependencyInstallNotLocked,
    CopyBeforeDependencyInstall,
    MissingDockerignore,
    MissingHealthcheck,
    ExposeIgnoresPortArg,
    GlobalArgNotRedeclared,
    AptPackageNotPinned,
    ApkPackageNotPinned,
    YumMissingYes,
    YumCacheNotCleaned,
    DnfMissingYes,
    DnfCacheNotCleaned,
    WgetWithoutProgress,
    WgetAndCurl,
    UseraddHighUid,
    ConsecutiveRunInstructions,
    CopyRelativeDestination,
    CopySourceMissing,
};

// The rule's stable code, a contract: it is what users see in text, JSON and SARIF output and what they
// write in .dockwright.json, `# dockwright-ignore:`, `# check=skip=` and what docs/lint-rules.md lists.
// Never change one. A rule missing here is a compile error (GCC, Clang) and fails tst_dockerfilelinter.
#if defined(__GNUC__)
#pragma GCC diagnostic push
#pragma GCC diagnostic error "-Wswitch"
#endif
constexpr QLatin1StringView lintRuleCode(LintRuleId id) noexcept
{
    using namespace Qt::Literals::StringLiterals;
    switch (id) {
    case LintRuleId::SyntaxError:
        return "SyntaxError"_L1;
    case LintRuleId::BuildError:
        return "BuildError"_L1;
    case LintRuleId::NoEmptyContinuation:
        return "NoEmptyContinuation"_L1;
    case LintRuleId::StageNameCasing:
        return "StageNameCasing"_L1;
    case LintRuleId::FromAsCasing:
        return "FromAsCasing"_L1;
    case LintRuleId::ConsistentInstructionCasing:
        return "ConsistentInstructionCasing"_L1;
    case LintRuleId::DuplicateStageName:
        return "DuplicateStageName"_L1;
    case LintRuleId::ReservedStageName:
        return "ReservedStageName"_L1;
    case LintRuleId::JSONArgsRecommended:
        return "JSONArgsRecommended"_L1;
    case LintRuleId::MaintainerDeprecated:
        return "MaintainerDeprecated"_L1;
    case LintRuleId::UndefinedArgInFrom:
        return "UndefinedArgInFrom"_L1;
    case LintRuleId::WorkdirRelativePath:
        return "WorkdirRelativePath"_L1;
    case LintRuleId::UndefinedVar:
        return "UndefinedVar"_L1;
    case LintRuleId::MultipleInstructionsDisallowed:
        return "MultipleInstructionsDisallowed"_L1;
    case LintRuleId::LegacyKeyValueFormat:
        return "LegacyKeyValueFormat"_L1;
    case LintRuleId::RedundantTargetPlatform:
        return "RedundantTargetPlatform"_L1;
    case LintRuleId::SecretsUsedInArgOrEnv:
        return "SecretsUsedInArgOrEnv"_L1;
    case LintRuleId::InvalidDefaultArgInFrom:
        return "InvalidDefaultArgInFrom"_L1;
    case LintRuleId::FromPlatformFlagConstDisallowed:
        return "FromPlatformFlagConstDisallowed"_L1;
    case LintRuleId::ExposeProtoCasing:
        return "ExposeProtoCasing"_L1;
    case LintRuleId::ExposeInvalidFormat:
        return "ExposeInvalidFormat"_L1;
    case LintRuleId::BaseImageLatestTag:
        return "BaseImageLatestTag"_L1;
    case LintRuleId::BaseImageUntagged:
        return "BaseImageUntagged"_L1;
    case LintRuleId::AptNoInstallRecommends:
        return "AptNoInstallRecommends"_L1;
    case LintRuleId::AptListsNotCleaned:
        return "AptListsNotCleaned"_L1;
    case LintRuleId::AptGetMissingYes:
        return "AptGetMissingYes"_L1;
    case LintRuleId::AptUseAptGet:
        return "AptUseAptGet"_L1;
    case LintRuleId::ApkNoCache:
        return "ApkNoCache"_L1;
    case LintRuleId::PipNoCacheDir:
        return "PipNoCacheDir"_L1;
    case LintRuleId::RunCdInsteadOfWorkdir:
        return "RunCdInsteadOfWorkdir"_L1;
    case LintRuleId::AddForLocalFiles:
        return "AddForLocalFiles"_L1;
    case LintRuleId::RunSudo:
        return "RunSudo"_L1;
    case LintRuleId::PipeWithoutPipefail:
        return "PipeWithoutPipefail"_L1;
    case LintRuleId::CopyFromUnknownStage:
        return "CopyFromUnknownStage"_L1;
    case LintRuleId::CopyFromOwnStage:
        return "CopyFromOwnStage"_L1;
    case LintRuleId::CopyMultipleSourcesDestNoSlash:
        return "CopyMultipleSourcesDestNoSlash"_L1;
    case LintRuleId::ExposeInvalidPort:
        return "ExposeInvalidPort"_L1;
    case LintRuleId::RootUser:
        return "RootUser"_L1;
    case LintRuleId::BaseImageNotPinnedByDigest:
        return "BaseImageNotPinnedByDigest"_L1;
    case LintRuleId::DependencyInstallNotLocked:
        return "DependencyInstallNotLocked"_L1;
    case LintRuleId::CopyBeforeDependencyInstall:
        return "CopyBeforeDependencyInstall"_L1;
    case LintRuleId::MissingDockerignore:
        return "MissingDockerignore"_L1;
    case LintRuleId::MissingHealthcheck:
        return "MissingHealthcheck"_L1;
    case LintRuleId::ExposeIgnoresPortArg:
        return "ExposeIgnoresPortArg"_L1;
    case LintRuleId::GlobalArgNotRedeclared:
        return "GlobalArgNotRedeclared"_L1;
    case LintRuleId::AptPackageNotPinned:
        return "AptPackageNotPinned"_L1;
    case LintRuleId::ApkPackageNotPinned:
        return "ApkPackageNotPinned"_L1;
    case LintRuleId::YumMissingYes:
        return "YumMissingYes"_L1;
    case LintRuleId::YumCacheNotCleaned:
        return "YumCacheNotCleaned"_L1;
    case LintRuleId::DnfMissingYes:
        return "DnfMissingYes"_L1;
    case LintRuleId::DnfCacheNotCleaned:
        return "DnfCacheNotCleaned"_L1;
    case LintRuleId::WgetWithoutProgress:
        return "WgetWithoutProgress"_L1;
    case LintRuleId::WgetAndCurl:
        return "WgetAndCurl"_L1;
    case LintRuleId::UseraddHighUid:
        return "UseraddHighUid"_L1;
    case LintRuleId::ConsecutiveRunInstructions:
        return "ConsecutiveRunInstructions"_L1;
    case LintRuleId::CopyRelativeDestination:
        return "CopyRelativeDestination"_L1;
    case LintRuleId::CopySourceMissing:
        return "CopySourceMissing"_L1;
    }
    return {}; // not a rule (a value past the last enumerator)
}
#if defined(__GNUC__)
#pragma GCC diagnostic pop
#endif

// How many rules there are: the values 0, 1, ... that have a code. Derived, so appending a rule to the
// enum and to lintRuleCode() is all it takes.
inline constexpr int LintRuleCount = [] {
    int n = 0;
    while (n < 256 && !lintRuleCode(LintRuleId(n)).isEmpty())
        ++n;
    return n;
}();
static_assert(LintRuleCount > 0 && LintRuleCount < 256);
static_assert(
    [] {
        for (int n = LintRuleCount; n < 256; ++n) {
            if (!lintRuleCode(LintRuleId(n)).isEmpty())
                return false;
        }
        return true;
    }(),
    "LintRuleId values must be 0, 1, 2, ... and each must have a non-empty code in lintRuleCode()");

// Every rule, in enum (documentation) order, for range-for loops.
inline constexpr std::array<LintRuleId, LintRuleCount> AllLintRuleIds = [] {
    std::array<LintRuleId, LintRuleCount> all {};
    for (int i = 0; i < LintRuleCount; ++i)
        all[size_t(i)] = LintRuleId(i);
    return all;
}();

// The rule a code names, exactly as lintRuleCode() spells it (case-sensitive); nullopt for anything else.
// For text users wrote: .dockwright.json, suppression comments, `# check=skip=`.
inline std::optional<LintRuleId> lintRuleFromCode(QStringView code) noexcept
{
    for (const LintRuleId id : AllLintRuleIds) {
        if (code == lintRuleCode(id))
            return id;
    }
    return std::nullopt;
}

} // namespace Dockwright::Core
