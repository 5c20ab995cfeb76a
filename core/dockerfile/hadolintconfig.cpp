// SPDX-License-Identifier: GPL-3.0-or-later
#include "hadolintconfig.h"

#include "lintrulecatalog.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <yaml.h>

namespace Dockwright::Core {

namespace {

// A loaded YAML document; libyaml's C structures freed on every path.
class YamlDocument
{
public:
    explicit YamlDocument(const QByteArray &data)
    {
        yaml_parser_initialize(&m_parser);
        yaml_parser_set_input_string(
            &m_parser, reinterpret_cast<const unsigned char *>(data.constData()), size_t(data.size()));
        m_loaded = yaml_parser_load(&m_parser, &m_document) != 0;
    }
    ~YamlDocument()
    {
        if (m_loaded)
            yaml_document_delete(&m_document);
        yaml_parser_delete(&m_parser);
    }
    YamlDocument(const YamlDocument &) = delete;
    YamlDocument &operator=(const YamlDocument &) = delete;

    bool loaded() const { return m_loaded; }
    // What went wrong, and where: the line of the construct it happened in (a flow sequence left open), else the
    // line where the parser stopped.
    QString problem() const
    {
        QString text = QString::fromUtf8(m_parser.problem ? m_parser.problem : "invalid YAML");
        if (m_parser.context)
            text += QStringLiteral(" (%1)").arg(QString::fromUtf8(m_parser.context));
        return text;
    }
    int problemLine() const
    {
        return int(m_parser.context ? m_parser.context_mark.line : m_parser.problem_mark.line) + 1;
    }

    yaml_node_t *root() { return m_loaded ? yaml_document_get_root_node(&m_document) : nullptr; }
    yaml_node_t *node(int index) { return yaml_document_get_node(&m_document, index); }

    static QString scalar(const yaml_node_t *n)
    {
        if (!n || n->type != YAML_SCALAR_NODE)
            return {};
        return QString::fromUtf8(
            reinterpret_cast<const char *>(n->data.scalar.value), qsizetype(n->data.scalar.length));
    }
    static int line(const yaml_node_t *n) { return n ? int(n->start_mark.line) + 1 : 0; }

    // The values of key in a mapping node (null if absent).
    yaml_node_t *value(yaml_node_t *mapping, QStringView key)
    {
        if (!mapping || mapping->type != YAML_MAPPING_NODE)
            return nullptr;
        for (yaml_node_pair_t *p = mapping->data.mapping.pairs.start; p < mapping->data.mapping.pairs.top; ++p) {
            if (scalar(node(p->key)) == key)
                return node(p->value);
        }
        return nullptr;
    }

    // A sequence's scalars (a lone scalar counts as a list of one), with their lines.
    QList<std::pair<QString, int>> list(yaml_node_t *n)
    {
        QList<std::pair<QString, int>> out;
        if (n && n->type == YAML_SCALAR_NODE && n->data.scalar.length > 0)
            out.append({scalar(n), line(n)});
        if (n && n->type == YAML_SEQUENCE_NODE) {
            for (yaml_node_item_t *i = n->data.sequence.items.start; i < n->data.sequence.items.top; ++i) {
                yaml_node_t *item = node(*i);
                out.append({scalar(item), line(item)});
            }
        }
        return out;
    }

private:
    yaml_parser_t m_parser {};
    yaml_document_t m_document {};
    bool m_loaded = false;
};

} // namespace

void HadolintConfig::apply(const QByteArray &yaml, const QString &path, LintConfig &config)
{
    YamlDocument doc(yaml);
    if (!doc.loaded()) {
        config.addError(tr("%1:%2: invalid YAML: %3").arg(path).arg(doc.problemLine()).arg(doc.problem()));
        return;
    }
    yaml_node_t *root = doc.root();
    if (!root || (root->type == YAML_SCALAR_NODE && root->data.scalar.length == 0))
        return; // an empty file
    if (root->type != YAML_MAPPING_NODE) {
        config.addError(tr("%1:%2: expected a mapping (ignored:, override:)").arg(path).arg(YamlDocument::line(root)));
        return;
    }
    static const QRegularExpression code(QStringLiteral("^(DL|SC)\\d{4}$"));
    // Rules named by this file; set only where the config has no say of its own.
    const auto set = [&](const QString &name, int line, std::optional<LintSeverity> severity) {
        if (!code.match(name).hasMatch()) {
            config.addError(
                tr("%1:%2: '%3' is not a hadolint rule code (DL3008, SC2086)").arg(path).arg(line).arg(name));
            return;
        }
        for (const LintRule &r : LintRuleCatalog::rules()) {
            if (r.hadolint == name && !config.hasRule(r.rule))
                config.setRule(r.rule, severity);
        }
    };
    for (const auto &[name, line] : doc.list(doc.value(root, u"ignored")))
        set(name, line, std::nullopt);
    yaml_node_t *override = doc.value(root, u"override");
    if (override && override->type != YAML_MAPPING_NODE) {
        config.addError(tr("%1:%2: override: expected error:, warning:, info: or style: lists")
                .arg(path)
                .arg(YamlDocument::line(override)));
        return;
    }
    // hadolint's "style" is below info; the nearest here is info.
    const std::pair<const char16_t *, LintSeverity> levels[] = {{u"error", LintSeverity::Error},
        {u"warning", LintSeverity::Warning}, {u"info", LintSeverity::Info}, {u"style", LintSeverity::Info}};
    for (const auto &[level, severity] : levels) {
        for (const auto &[name, line] : doc.list(doc.value(override, level)))
            set(name, line, severity);
    }
}

QString HadolintConfig::locate(const QString &dockerfilePath)
{
    QDir dir = QFileInfo(dockerfilePath).absoluteDir();
    for (int depth = 0; depth < 64; ++depth) {
        for (const char *name : {".hadolint.yaml", ".hadolint.yml"}) {
            const QString candidate = dir.filePath(QString::fromLatin1(name));
            if (QFileInfo::exists(candidate))
                return candidate;
        }
        if (!dir.cdUp())
            break;
    }
    return {};
}

} // namespace Dockwright::Core
