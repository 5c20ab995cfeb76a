// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytesize.h"

#include <charconv>
#include <iterator>
#include <string_view>

namespace Dockwright::Core {

namespace {

// go-units' CustomSize: divide by `base` while the magnitude is at least `base`, print `significant`
// digits ("%.3g" / "%.4g") in fixed notation with trailing zeros dropped, then the unit.
template<std::size_t N>
QString formatScaled(
    qint64 bytes, const QLocale &locale, double base, const std::string_view (&units)[N], int significant)
{
    double size = bytes < 0 ? -double(bytes) : double(bytes);
    qsizetype unit = 0;
    while (size >= base && unit + 1 < qsizetype(N)) {
        size /= base;
        ++unit;
    }
    // `significant` digits of a value in [0, base): "%.Ng" rounds at the same decimal as these fixed
    // decimals, and std::to_chars rounds the exact binary value with ties to even, like Go's strconv. Fixed
    // notation keeps 999.5 as "1000" where "%.3g" would switch to "1e+03".
    int decimals = significant - 1;
    for (double limit = 10.0; decimals > 0 && size >= limit; limit *= 10.0)
        --decimals;
    char buffer[32];
    const auto [end, ec]
        = std::to_chars(std::begin(buffer), std::end(buffer), size, std::chars_format::fixed, decimals);
    std::string_view digits(buffer, ec == std::errc() ? size_t(end - buffer) : 0);
    if (digits.find('.') != std::string_view::npos) {
        while (digits.ends_with('0'))
            digits.remove_suffix(1);
        if (digits.ends_with('.'))
            digits.remove_suffix(1);
    }

    // Localize: the locale's digits and decimal separator, no grouping. The C locale leaves it as it is.
    const QList<uint> zero = QStringView(locale.zeroDigit()).toUcs4();
    const char32_t zeroDigit = zero.isEmpty() ? U'0' : char32_t(zero.first());
    QString out;
    out.reserve(qsizetype(digits.size()) + 5);
    if (bytes < 0)
        out += locale.negativeSign();
    for (const char c : digits) {
        if (c >= '0' && c <= '9')
            out += QStringView(QChar::fromUcs4(zeroDigit + char32_t(c - '0')));
        else if (c == '.')
            out += locale.decimalPoint();
    }
    out += u' ';
    out += QLatin1StringView(units[unit].data(), qsizetype(units[unit].size()));
    return out;
}

} // namespace

QString formatBytes(qint64 bytes, const QLocale &locale)
{
    // qint64 ends below 9.3 EB, so EB is the last unit ever needed.
    static constexpr std::string_view Units[] = {"B", "kB", "MB", "GB", "TB", "PB", "EB"};
    return formatScaled(bytes, locale, 1000.0, Units, 3);
}

QString formatBinaryBytes(qint64 bytes, const QLocale &locale)
{
    static constexpr std::string_view Units[] = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};
    return formatScaled(bytes, locale, 1024.0, Units, 4);
}

} // namespace Dockwright::Core
