// SPDX-License-Identifier: GPL-3.0-or-later
#include "rununits.h"

#include <QRegularExpression>

namespace Dockwright::Core {

namespace {

// Parses "12" or "12.345" into an integer scaled by 10^scaleDigits, exactly.
std::optional<qint64> parseScaledDecimal(QStringView text, int scaleDigits)
{
    const qsizetype dot = text.indexOf(QLatin1Char('.'));
    const QStringView whole = dot < 0 ? text : text.left(dot);
    QStringView frac = dot < 0 ? QStringView() : text.mid(dot + 1);
    if (whole.isEmpty() && frac.isEmpty())
        return std::nullopt;
    for (const QChar c : whole) {
        if (!c.isDigit())
            return std::nullopt;
    }
    for (const QChar c : frac) {
        if (!c.isDigit())
            return std::nullopt;
    }
    if (frac.size() > scaleDigits) {
        // Extra digits below the scale must be zero to stay exact.
        for (const QChar c : frac.mid(scaleDigits)) {
            if (c != QLatin1Char('0'))
                return std::nullopt;
        }
        frac = frac.left(scaleDigits);
    }
    bool ok = true;
    qint64 value = whole.isEmpty() ? 0 : whole.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    for (int i = 0; i < scaleDigits; ++i)
        value *= 10;
    qint64 fracValue = 0;
    for (int i = 0; i < scaleDigits; ++i)
        fracValue = fracValue * 10 + (i < frac.size() ? frac.at(i).digitValue() : 0);
    return value + fracValue;
}

} // namespace

std::optional<qint64> RunUnits::parseBytes(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d+(?:\\.\\d+)?) ?([kKmMgGtTpP])?[iI]?[bB]?$"));
    const QRegularExpressionMatch m = re.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    int shift = 0;
    const QString unit = m.captured(2).toLower();
    if (unit == QLatin1String("k"))
        shift = 10;
    else if (unit == QLatin1String("m"))
        shift = 20;
    else if (unit == QLatin1String("g"))
        shift = 30;
    else if (unit == QLatin1String("t"))
        shift = 40;
    else if (unit == QLatin1String("p"))
        shift = 50;
    // Fractions ("1.5g") are allowed like docker; scale by 10^6 then shift, truncating below a byte.
    const auto scaled = parseScaledDecimal(m.captured(1), 6);
    if (!scaled)
        return std::nullopt;
    const long double bytes = static_cast<long double>(*scaled) * static_cast<long double>(qint64(1) << shift) / 1e6L;
    if (bytes > 9.0e18L)
        return std::nullopt;
    return static_cast<qint64>(bytes);
}

QString RunUnits::formatBytes(qint64 bytes)
{
    static const char units[] = {'p', 't', 'g', 'm', 'k'};
    static const int shifts[] = {50, 40, 30, 20, 10};
    for (int i = 0; i < 5; ++i) {
        const qint64 unit = qint64(1) << shifts[i];
        if (bytes >= unit && bytes % unit == 0)
            return QString::number(bytes / unit) + QLatin1Char(units[i]);
    }
    return QString::number(bytes);
}

std::optional<qint64> RunUnits::parseCpus(const QString &text)
{
    return parseScaledDecimal(QStringView(text).trimmed(), 9);
}

QString RunUnits::formatCpus(qint64 nanoCpus)
{
    QString whole = QString::number(nanoCpus / 1000000000);
    QString frac = QString::number(nanoCpus % 1000000000).rightJustified(9, QLatin1Char('0'));
    while (frac.endsWith(QLatin1Char('0')))
        frac.chop(1);
    return frac.isEmpty() ? whole : whole + QLatin1Char('.') + frac;
}

std::optional<qint64> RunUnits::parseDuration(const QString &text)
{
    static const QRegularExpression part(QStringLiteral("(\\d+(?:\\.\\d+)?)(ns|us|µs|ms|s|m|h)"));
    const QString trimmed = text.trimmed();
    if (trimmed == QLatin1String("0"))
        return 0;
    if (trimmed.isEmpty())
        return std::nullopt;
    qint64 total = 0;
    qsizetype pos = 0;
    auto it = part.globalMatch(trimmed);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        if (m.capturedStart() != pos)
            return std::nullopt;
        pos = m.capturedEnd();
        const QString unit = m.captured(2);
        qint64 unitNs = 1;
        if (unit == QLatin1String("us") || unit == QStringLiteral("µs"))
            unitNs = 1000;
        else if (unit == QLatin1String("ms"))
            unitNs = 1000000;
        else if (unit == QLatin1String("s"))
            unitNs = 1000000000;
        else if (unit == QLatin1String("m"))
            unitNs = 60LL * 1000000000;
        else if (unit == QLatin1String("h"))
            unitNs = 3600LL * 1000000000;
        const auto scaled = parseScaledDecimal(m.captured(1), 9);
        if (!scaled)
            return std::nullopt;
        total += static_cast<qint64>(static_cast<long double>(*scaled) * unitNs / 1e9L);
    }
    if (pos != trimmed.size())
        return std::nullopt;
    return total;
}

QString RunUnits::formatDuration(qint64 ns)
{
    if (ns == 0)
        return QStringLiteral("0s");
    const qint64 second = 1000000000;
    if (ns % second != 0) {
        if (ns % 1000000 == 0)
            return QString::number(ns / 1000000) + QLatin1String("ms");
        if (ns % 1000 == 0)
            return QString::number(ns / 1000) + QLatin1String("us");
        return QString::number(ns) + QLatin1String("ns");
    }
    qint64 s = ns / second;
    QString out;
    if (s >= 3600) {
        out += QString::number(s / 3600) + QLatin1Char('h');
        s %= 3600;
    }
    if (s >= 60) {
        out += QString::number(s / 60) + QLatin1Char('m');
        s %= 60;
    }
    if (s > 0 || out.isEmpty())
        out += QString::number(s) + QLatin1Char('s');
    return out;
}

} // namespace Dockwright::Core
