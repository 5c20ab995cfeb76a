// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagereference.h"

namespace Dockwright::Core::ImageReference {

namespace {
const QLatin1String defaultDomain("docker.io");
const QLatin1String officialPrefix("library/");

// The first path component is a registry when it has a dot or a port, or is "localhost".
bool isDomain(QStringView component)
{
    return component.contains(u'.') || component.contains(u':') || component == u"localhost";
}
} // namespace

NameAndTag split(const QString &reference)
{
    const qsizetype colon = reference.lastIndexOf(u':');
    if (colon <= reference.lastIndexOf(u'/'))
        return {reference, {}};
    return {reference.left(colon), reference.mid(colon + 1)};
}

QString normalized(const QString &reference)
{
    if (reference.isEmpty() || reference.startsWith(QLatin1String("sha256:")))
        return reference;
    QString name = reference;
    QString digest;
    if (const qsizetype at = name.indexOf(u'@'); at >= 0) {
        digest = name.mid(at);
        name.truncate(at);
    }
    const NameAndTag parts = split(name);
    QString tag = parts.repository.size() < name.size() ? u':' + parts.tag : QString(); // "app:" keeps its ':'
    name = parts.repository;
    const qsizetype firstSlash = name.indexOf(u'/');
    if (firstSlash < 0 || !isDomain(QStringView(name).left(firstSlash)))
        name = defaultDomain + u'/' + name;
    if (name.startsWith(defaultDomain + u'/') && name.count(u'/') == 1)
        name.insert(defaultDomain.size() + 1, officialPrefix);
    if (tag.isEmpty() && digest.isEmpty())
        tag = QStringLiteral(":latest");
    return name + tag + digest;
}

QString familiar(const QString &reference)
{
    QString n = normalized(reference);
    const QString official = defaultDomain + u'/' + officialPrefix;
    if (n.startsWith(official))
        return n.mid(official.size());
    if (n.startsWith(defaultDomain + u'/'))
        return n.mid(defaultDomain.size() + 1);
    return n;
}

bool same(const QString &a, const QString &b)
{
    return normalized(a) == normalized(b);
}

} // namespace Dockwright::Core::ImageReference
