// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

namespace Dockwright::Core {

// The one human byte format of Dockwright: every size the GUI or the CLI shows goes through here, so an
// image has the same size in every table, tooltip and command output.
//
// Convention: the docker CLI's. `docker images`, `docker ps -s`, `docker history` and the build cache
// print sizes with go-units HumanSizeWithPrecision(size, 3): decimal SI units (1 kB = 1000 B, 1 MB =
// 1000 kB), unit names "B", "kB", "MB", "GB", "TB", "PB", "EB", three significant digits with trailing
// zeros dropped (Go's "%.3g"). Dockwright prints the same number and unit with a space between them, for
// readability and as its CLI docs always did: 7812345 -> "7.81 MB", 127000 -> "127 kB", 999 -> "999 B".
// Where docker deviates from its own convention, Dockwright does not:
//  - a value that rounds up to 1000 of a unit is "1000 kB", never Go's "1e+03kB" (docker/cli#3091; this
//    is what go-units HumanSize and the fix proposed upstream print);
//  - negative counts are "-1.5 kB" (go-units does not scale them and prints "-1.5e+03B").
// Exact halves round to even, as Go does: 1125 -> "1.12 kB".
//
// Not for values the user types back: `docker run --memory` and friends take binary units ("256m"), see
// RunUnits::formatBytes; inputs like the audit thresholds accept both "20MB" (SI) and "1.5GiB" (IEC).
//
// `locale` only changes the digits and the decimal separator (German "7,81 MB"); there is never a group
// separator ("1000 kB"). The GUI passes QLocale(), the user's locale. The CLI, JSON, logs and anything a
// script may read keep the default, the C locale.
QString formatBytes(qint64 bytes, const QLocale &locale = QLocale::c());

// Memory as `docker stats` prints it (go-units BytesSize): binary units "B", "KiB", "MiB", "GiB", ...,
// four significant digits ("%.4g"), so a container run with --memory 512m shows a limit of "512 MiB"
// (formatBytes would say "537 MB"): 931123 -> "909.3 KiB". Same localization rules as formatBytes.
QString formatBinaryBytes(qint64 bytes, const QLocale &locale = QLocale::c());

} // namespace Dockwright::Core
