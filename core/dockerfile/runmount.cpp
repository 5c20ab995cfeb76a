// SPDX-License-Identifier: GPL-3.0-or-later
#include "runmount.h"

#include <QStringList>

namespace Dockwright::Core {

namespace {

// encoding/csv on one record: returns false on a bare or unterminated quote.
bool splitCsv(QStringView s, QStringList &fields)
{
    QString field;
    qsizetype i = 0;
    for (;;) {
        field.clear();
        if (i < s.size() && s[i] == u'"') {
            ++i;
            bool closed = false;
            while (i < s.size()) {
                if (s[i] == u'"') {
                    if (i + 1 < s.size() && s[i + 1] == u'"') {
                        field.append(u'"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                field.append(s[i++]);
            }
            if (!closed)
                return false;
            if (i < s.size() && s[i] != u',')
                return false;
        } else {
            while (i < s.size() && s[i] != u',') {
                if (s[i] == u'"')
                    return false;
                field.append(s[i++]);
            }
        }
        fields.append(field);
        if (i >= s.size())
            return true;
        ++i; // ','
    }
}

bool parseBool(QStringView v, bool &out)
{
    const QString l = v.toString().toLower();
    if (l == u"1" || l == u"t" || l == u"true") {
        out = true;
        return true;
    }
    if (l == u"0" || l == u"f" || l == u"false") {
        out = false;
        return true;
    }
    return false;
}

} // namespace

QString RunMount::typeName(Type type)
{
    switch (type) {
    case Type::Bind:
        return QStringLiteral("bind");
    case Type::Cache:
        return QStringLiteral("cache");
    case Type::Tmpfs:
        return QStringLiteral("tmpfs");
    case Type::Secret:
        return QStringLiteral("secret");
    case Type::Ssh:
        return QStringLiteral("ssh");
    }
    return {};
}

RunMount RunMountParser::parse(QStringView value)
{
    RunMount m;
    QStringList fields;
    if (!splitCsv(value, fields)) {
        m.error = tr("invalid --mount value '%1': bad quoting").arg(value);
        return m;
    }
    // The type decides the defaults, so find it first.
    bool typeSet = false;
    for (const QString &f : std::as_const(fields)) {
        const qsizetype eq = f.indexOf(u'=');
        if (eq < 0 || f.left(eq).trimmed().toLower() != u"type")
            continue;
        const QString t = f.mid(eq + 1).toLower();
        typeSet = true;
        if (t == u"bind")
            m.type = RunMount::Type::Bind;
        else if (t == u"cache")
            m.type = RunMount::Type::Cache;
        else if (t == u"tmpfs")
            m.type = RunMount::Type::Tmpfs;
        else if (t == u"secret")
            m.type = RunMount::Type::Secret;
        else if (t == u"ssh")
            m.type = RunMount::Type::Ssh;
        else {
            m.error = tr("unsupported mount type \"%1\"").arg(t);
            return m;
        }
    }
    Q_UNUSED(typeSet);
    m.readOnly = m.type == RunMount::Type::Bind;
    const QString typeName = RunMount::typeName(m.type);
    bool sourceSet = false;

    auto notAllowed
        = [&](const QString &key) { m.error = tr("%1 not allowed for \"%2\" type mounts").arg(key, typeName); };

    for (const QString &f : std::as_const(fields)) {
        const QString trimmedField = f.trimmed();
        if (trimmedField.isEmpty())
            continue;
        const qsizetype eq = f.indexOf(u'=');
        const QString key = (eq < 0 ? trimmedField : f.left(eq).trimmed()).toLower();
        const QString v = eq < 0 ? QString() : f.mid(eq + 1);
        const bool expandable = v.contains(u'$');
        if (eq < 0) {
            if (key == u"readonly" || key == u"ro") {
                m.readOnly = true;
                continue;
            }
            if (key == u"readwrite" || key == u"rw") {
                m.readOnly = false;
                continue;
            }
            if (key == u"required") {
                if (m.type != RunMount::Type::Secret && m.type != RunMount::Type::Ssh) {
                    notAllowed(key);
                    return m;
                }
                m.required = true;
                continue;
            }
            m.error = tr("invalid field '%1' must be a key=value pair").arg(trimmedField);
            return m;
        }
        if (key == u"type") {
            continue;
        } else if (key == u"from") {
            m.from = v;
        } else if (key == u"source" || key == u"src") {
            m.source = v;
            sourceSet = true;
        } else if (key == u"target" || key == u"dst" || key == u"destination") {
            m.target = v;
        } else if (key == u"readonly" || key == u"ro" || key == u"readwrite" || key == u"rw" || key == u"required") {
            bool b = false;
            if (!expandable && !parseBool(v, b)) {
                m.error = tr("invalid value for %1: %2").arg(key, v);
                return m;
            }
            if (key == u"required") {
                if (m.type != RunMount::Type::Secret && m.type != RunMount::Type::Ssh) {
                    notAllowed(key);
                    return m;
                }
                m.required = b;
            } else {
                const bool ro = key == u"readonly" || key == u"ro";
                m.readOnly = ro ? b : !b;
            }
        } else if (key == u"id") {
            m.id = v;
        } else if (key == u"sharing") {
            if (m.type != RunMount::Type::Cache) {
                notAllowed(key);
                return m;
            }
            if (!expandable && v != u"shared" && v != u"private" && v != u"locked") {
                m.error = tr("unrecognized sharing parameter in mount: %1").arg(v);
                return m;
            }
            m.sharing = v;
        } else if (key == u"size") {
            if (m.type != RunMount::Type::Tmpfs) {
                notAllowed(key);
                return m;
            }
            m.size = v;
        } else if (key == u"mode" || key == u"uid" || key == u"gid") {
            if (m.type != RunMount::Type::Secret && m.type != RunMount::Type::Ssh && m.type != RunMount::Type::Cache) {
                notAllowed(key);
                return m;
            }
            bool ok = true;
            if (!expandable) {
                if (key == u"mode")
                    v.toUInt(&ok, 8);
                else
                    v.toUInt(&ok, 10);
            }
            if (!ok) {
                m.error = tr("invalid value %1 for %2").arg(v, key);
                return m;
            }
            (key == u"mode" ? m.mode : key == u"uid" ? m.uid : m.gid) = v;
        } else if (key == u"env") {
            if (m.type != RunMount::Type::Secret) {
                notAllowed(key);
                return m;
            }
            m.env = v;
        } else {
            m.error = tr("unexpected key '%1' in '%2'").arg(key, f);
            return m;
        }
    }

    if (m.type == RunMount::Type::Secret) {
        if (!m.from.isEmpty()) {
            m.error = tr("secret mount should not have a from");
            return m;
        }
        if (sourceSet && !m.id.isEmpty()) {
            m.error = tr("both source and id can't be set");
            return m;
        }
        if (sourceSet)
            m.id = m.source;
        if (m.id.isEmpty() && m.target.isEmpty() && m.env.isEmpty()) {
            m.error = tr("invalid secret mount. one of source, target required");
            return m;
        }
    }
    // A bind, cache or tmpfs mount without a target is mounted at the working directory; the builder
    // rejects it only when that is "/" (DockerfileAnalyzer reports that, since it knows the WORKDIR).
    return m;
}

} // namespace Dockwright::Core
