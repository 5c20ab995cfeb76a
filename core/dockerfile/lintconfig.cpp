// SPDX-License-Identifier: GPL-3.0-or-later
#include "lintconfig.h"

#include "hadolintconfig.h"
#include "lintrulecatalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Dockwright::Core {

namespace {

// A rule the user probably meant by an unknown name: the same code in another case ("runSudo"), or the
// rule with that hadolint code ("DL3004"). Null if nothing fits.
const LintRule *likelyMeant(QStringView name)
{
    for (const LintRule &r : LintRuleCatalog::rules()) {
        if (r.id.compare(name, Qt::CaseInsensitive) == 0
            || (!r.hadolint.isEmpty() && r.hadolint.compare(name, Qt::CaseInsensitive) == 0))
            return &r;
    }
    return nullptr;
}

} // namespace

std::optional<LintSeverity> LintConfig::severityFor(LintRuleId rule, LintSeverity defaultSeverity) const
{
    const auto it = m_overrides.constFind(rule);
    return it == m_overrides.constEnd() ? std::optional(defaultSeverity) : it.value();
}

LintConfig LintConfig::fromJson(const QByteArray &json, const QString &path)
{
    LintConfig config;
    config.m_path = path;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        config.m_errors.append(tr("%1: invalid JSON: %2").arg(path, parseError.errorString()));
        return config;
    }
    QJsonObject root = doc.object();
    if (root.value(QStringLiteral("lint")).isObject())
        root = root.value(QStringLiteral("lint")).toObject();
    const QJsonValue rulesValue = root.value(QStringLiteral("rules"));
    if (!rulesValue.isUndefined() && !rulesValue.isObject())
        config.m_errors.append(tr("%1: \"rules\" must be an object of rule names and severities").arg(path));
    const QJsonObject rules = rulesValue.toObject();
    for (auto it = rules.constBegin(); it != rules.constEnd(); ++it) {
        const std::optional<LintRuleId> rule = lintRuleFromCode(it.key());
        if (!rule) {
            const LintRule *meant = likelyMeant(it.key());
            config.m_errors.append(meant
                    ? tr("%1: unknown lint rule '%2' (did you mean '%3'?)").arg(path, it.key(), meant->id)
                    : tr("%1: unknown lint rule '%2'").arg(path, it.key()));
            continue;
        }
        const QJsonValue v = it.value();
        if (v.isBool() && !v.toBool()) {
            config.m_overrides.insert(*rule, std::nullopt);
            continue;
        }
        const QString s = v.toString();
        if (s.compare(u"off", Qt::CaseInsensitive) == 0 || s.compare(u"ignore", Qt::CaseInsensitive) == 0) {
            config.m_overrides.insert(*rule, std::nullopt);
        } else if (const auto severity = LintRuleCatalog::parseSeverity(s)) {
            config.m_overrides.insert(*rule, severity);
        } else {
            config.m_errors.append(
                tr("%1: rule '%2': expected \"off\", \"error\", \"warning\" or \"info\"").arg(path, it.key()));
        }
    }
    return config;
}

QString LintConfig::locate(const QString &dockerfilePath)
{
    QDir dir = QFileInfo(dockerfilePath).absoluteDir();
    for (int depth = 0; depth < 64; ++depth) {
        const QString candidate = dir.filePath(FileName);
        if (QFileInfo::exists(candidate))
            return candidate;
        if (!dir.cdUp())
            break;
    }
    return {};
}

LintConfig LintConfig::loadFor(const QString &dockerfilePath)
{
    LintConfig config;
    if (const QString path = locate(dockerfilePath); !path.isEmpty()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly)) {
            config = fromJson(file.readAll(), path);
        } else {
            config.m_path = path;
            config.m_errors.append(tr("%1: %2").arg(path, file.errorString()));
        }
    }
    if (const QString path = HadolintConfig::locate(dockerfilePath); !path.isEmpty()) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            HadolintConfig::apply(file.readAll(), path, config);
        else
            config.m_errors.append(tr("%1: %2").arg(path, file.errorString()));
        if (config.m_path.isEmpty())
            config.m_path = path;
    }
    return config;
}

} // namespace Dockwright::Core
