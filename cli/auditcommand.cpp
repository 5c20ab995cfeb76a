// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditcommand.h"

#include "clisupport.h"
#include "core/common/bytesize.h"
#include "core/image/imagereport.h"
#include "core/image/wasteanalysis.h"
#include "inspectcommand.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace Dockwright::Cli {

using namespace Dockwright::Core;
using namespace Qt::StringLiterals;

namespace {

const QString EfficiencyKey = u"lowest-efficiency"_s;
const QString WastedBytesKey = u"highest-wasted-bytes"_s;
const QString UserWastedKey = u"highest-user-wasted-percent"_s;
// Below this many wasted bytes the two ratio rules pass: a share of a few kilobytes is noise (adduser
// rewriting /etc/passwd in a 24 kB app is 14 %, and nothing to act on).
const QString FloorKey = u"ignore-wasted-below"_s;
const QString DefaultFloor = u"1MB"_s;

bool isByteKey(const QString &key)
{
    return key == WastedBytesKey || key == FloorKey;
}

QString canonicalKey(QString key)
{
    key = key.trimmed();
    key.replace(u'_', u'-');
    static const QRegularExpression camel(u"([a-z])([A-Z])"_s);
    key.replace(camel, u"\\1-\\2"_s);
    return key.toLower();
}

struct RuleResult
{
    QString name;
    std::optional<double> threshold;
    double value = 0;
    QString status; // pass, fail, skip
    QString message;
    bool belowFloor = false; // a ratio rule passed because the waste it measures is below the floor
};

} // namespace

QString AuditCommand::summary() const
{
    return tr("Check an image's efficiency and wasted space against thresholds (CI)");
}

bool AuditCommand::parseThreshold(
    const QString &key, const QString &rawText, std::optional<double> *value, QString *error)
{
    QString text = rawText.trimmed();
    if (text.size() >= 2 && (text.startsWith(u'"') || text.startsWith(u'\'')) && text.back() == text.front())
        text = text.mid(1, text.size() - 2).trimmed();
    const QString lower = text.toLower();
    if (lower.isEmpty() || lower == "disabled"_L1 || lower == "off"_L1 || lower == "false"_L1) {
        value->reset();
        return true;
    }
    if (isByteKey(key)) {
        static const QRegularExpression bytes(u"^([0-9]+(?:\\.[0-9]+)?)\\s*([kmgtp]?i?b?)$"_s);
        const QRegularExpressionMatch m = bytes.match(lower);
        if (!m.hasMatch()) {
            *error = tr("%1: '%2' is not a byte count (e.g. 20MB, 1.5GiB, 1000)").arg(key, text);
            return false;
        }
        const QString unit = m.captured(2);
        const bool iec = unit.contains(u'i');
        const double base = iec ? 1024.0 : 1000.0;
        const int power = unit.isEmpty() || unit == "b"_L1 ? 0 : int(QStringView(u"kmgtp").indexOf(unit.at(0))) + 1;
        double result = m.captured(1).toDouble();
        for (int i = 0; i < power; ++i)
            result *= base;
        *value = result;
        return true;
    }
    bool ok = false;
    const double fraction = text.toDouble(&ok);
    if (!ok || fraction < 0.0 || fraction > 1.0) {
        *error = tr("%1: '%2' must be a fraction from 0 to 1 (0.9 = 90 %)").arg(key, text);
        return false;
    }
    *value = fraction;
    return true;
}

bool AuditCommand::readConfig(const QString &path, QMap<QString, QString> *values, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: %2").arg(path, file.errorString());
        return false;
    }
    const QByteArray data = file.readAll();
    if (data.trimmed().startsWith('{')) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(data, &parseError);
        if (parseError.error != QJsonParseError::NoError) {
            *error = tr("%1: line %2: %3")
                         .arg(path)
                         .arg(data.left(parseError.offset).count('\n') + 1)
                         .arg(parseError.errorString());
            return false;
        }
        QJsonObject o = doc.object();
        if (o.value("rules"_L1).isObject())
            o = o.value("rules"_L1).toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QJsonValue v = it.value();
            values->insert(canonicalKey(it.key()),
                v.isDouble()     ? QString::number(v.toDouble(), 'g', 17)
                    : v.isBool() ? (v.toBool() ? u"true"_s : u"false"_s)
                                 : v.toString());
        }
        return true;
    }
    const QStringList lines = QString::fromUtf8(data).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        const qsizetype hash = line.indexOf(u'#');
        if (hash >= 0)
            line.truncate(hash);
        if (line.trimmed().isEmpty())
            continue;
        qsizetype colon = line.indexOf(u':');
        if (colon < 0)
            colon = line.indexOf(u'=');
        if (colon < 0) {
            *error = tr("%1: line %2: expected 'key: value'").arg(path).arg(i + 1);
            return false;
        }
        const QString key = canonicalKey(line.left(colon));
        const QString value = line.mid(colon + 1).trimmed();
        if (key == "rules"_L1 && value.isEmpty())
            continue;
        if (key != EfficiencyKey && key != WastedBytesKey && key != UserWastedKey && key != FloorKey) {
            *error = tr("%1: line %2: unknown rule '%3'").arg(path).arg(i + 1).arg(line.left(colon).trimmed());
            return false;
        }
        values->insert(key, value);
    }
    return true;
}

int AuditCommand::run(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Analyses an image like 'inspect' and checks it against rules. Exits 1 when a rule fails. Thresholds "
           "come from the flags, else --config FILE, else the defaults (lowest-efficiency 0.9, "
           "highest-user-wasted-percent 0.1, highest-wasted-bytes disabled, ignore-wasted-below 1MB). "
           "'disabled' turns a rule off."));
    const QCommandLineOption helpOption({u"h"_s, u"help"_s}, tr("Show this help."));
    const QCommandLineOption efficiencyOption(
        EfficiencyKey, tr("Fail when efficiency is below this fraction."), tr("FRACTION"));
    const QCommandLineOption wastedOption(
        WastedBytesKey, tr("Fail when more bytes than this are wasted (20MB, 1GiB)."), tr("BYTES"));
    const QCommandLineOption userOption(
        UserWastedKey, tr("Fail when the user-wasted fraction is above this."), tr("FRACTION"));
    const QCommandLineOption floorOption(FloorKey,
        tr("The ratio rules pass while the bytes they measure as wasted are fewer than this (default 1MB; "
           "0 or disabled: always judge the ratio)."),
        tr("BYTES"));
    const QCommandLineOption configOption(u"config"_s, tr("Read thresholds from FILE (same keys)."), tr("FILE"));
    const QCommandLineOption jsonOption(
        u"json"_s, tr("Write the analysis and rule results as JSON to FILE."), tr("FILE"));
    const QCommandLineOption junitOption(u"junit"_s, tr("Write the rule results as JUnit XML to FILE."), tr("FILE"));
    const QCommandLineOption baseOption(u"base-layers"_s, tr("Count the first N layers as the base image."), tr("N"));
    parser.addOptions({helpOption, efficiencyOption, wastedOption, userOption, floorOption, configOption, jsonOption,
        junitOption, baseOption});
    InspectCommand::addSourceOptions(parser);
    const CliSupport::Help help {name(),
        tr("Usage: dockwright-cli audit IMAGE|ARCHIVE [--lowest-efficiency F] "
           "[--highest-wasted-bytes B] [--highest-user-wasted-percent F] [--ignore-wasted-below B] "
           "[--config FILE] [--json FILE] [--junit FILE]"),
        tr("Exit codes: 0 all rules pass, 1 a rule failed, 2 bad input, 3 engine error."),
        CliSupport::Help::Layout::FullText};
    if (const auto done = CliSupport::parseArguments(parser, args, io, help))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (!CliSupport::expectOneArgument(positional, u"dockwright-cli "_s + name(), tr("IMAGE or ARCHIVE"), io.err))
        return ExitBadInput;

    QMap<QString, QString> settings {{EfficiencyKey, u"0.9"_s}, {WastedBytesKey, u"disabled"_s},
        {UserWastedKey, u"0.1"_s}, {FloorKey, DefaultFloor}};
    QString error;
    if (parser.isSet(configOption) && !readConfig(parser.value(configOption), &settings, &error)) {
        CliSupport::printError(io.err, name(), error);
        return ExitBadInput;
    }
    for (const QCommandLineOption *option : {&efficiencyOption, &wastedOption, &userOption, &floorOption}) {
        if (parser.isSet(*option))
            settings.insert(option->names().constFirst(), parser.value(*option));
    }
    QMap<QString, std::optional<double>> thresholds;
    for (const QString &key : {EfficiencyKey, WastedBytesKey, UserWastedKey, FloorKey}) {
        std::optional<double> value;
        if (!parseThreshold(key, settings.value(key), &value, &error)) {
            CliSupport::printError(io.err, name(), error);
            return ExitBadInput;
        }
        thresholds.insert(key, value);
    }
    bool ok = true;
    const int baseLayers = parser.isSet(baseOption) ? parser.value(baseOption).toInt(&ok) : -1;
    if (!ok) {
        CliSupport::printError(io.err, name(), tr("--base-layers takes a number"));
        return ExitBadInput;
    }

    int exitCode = ExitOk;
    const LayeredImagePtr image = InspectCommand::load(positional.first(), parser, io, name(), &exitCode);
    if (!image)
        return exitCode;
    const WasteReport waste = WasteAnalysis::analyse(*image, 20, baseLayers);

    // dive's semantics: a value exactly at the threshold passes.
    QList<RuleResult> rules;
    // measured: the wasted bytes a ratio rule stands for (-1 for the byte rule itself, which has no floor).
    const std::optional<double> floor = thresholds.value(FloorKey);
    const auto rule
        = [&](const QString &key, double value, bool failsWhenBelow, const QString &shown, qint64 measured) {
              RuleResult r {key, thresholds.value(key), value, u"skip"_s, {}};
              if (r.threshold) {
                  const bool failed = failsWhenBelow ? value < *r.threshold : value > *r.threshold;
                  r.belowFloor = failed && measured >= 0 && floor && double(measured) < *floor;
                  r.status = failed && !r.belowFloor ? u"fail"_s : u"pass"_s;
                  if (r.belowFloor)
                      r.message = tr("%1 is %2 (threshold %3), but only %4 are wasted, fewer than %5 (%6): too little "
                                     "to judge by a ratio")
                                      .arg(key, shown, settings.value(key).trimmed(), formatBytes(measured),
                                          settings.value(FloorKey).trimmed(), FloorKey);
                  else if (failed)
                      r.message = tr("%1 is %2, threshold %3").arg(key, shown, settings.value(key).trimmed());
              }
              rules.append(r);
          };
    rule(EfficiencyKey, waste.efficiency, true, QString::number(waste.efficiency, 'f', 4), waste.wastedBytes);
    rule(WastedBytesKey, double(waste.wastedBytes), false, formatBytes(waste.wastedBytes), -1);
    rule(UserWastedKey, waste.userWastedPercent, false, QString::number(waste.userWastedPercent, 'f', 4),
        waste.userWastedBytes);
    int failures = 0;
    int skipped = 0;
    for (const RuleResult &r : std::as_const(rules)) {
        failures += r.status == "fail"_L1 ? 1 : 0;
        skipped += r.status == "skip"_L1 ? 1 : 0;
    }

    QTextStream &out = io.out;
    out << tr("Analysis of %1").arg(image->reference.isEmpty() ? image->source : image->reference) << '\n'
        << "  " << tr("efficiency: %1 %").arg(waste.efficiency * 100.0, 0, 'f', 2) << '\n'
        << "  " << tr("wastedBytes: %1 (%2 bytes)").arg(formatBytes(waste.wastedBytes)).arg(waste.wastedBytes) << '\n'
        << "  " << tr("userWastedPercent: %1 %").arg(waste.userWastedPercent * 100.0, 0, 'f', 2) << '\n';
    if (!waste.topWasted.isEmpty()) {
        out << tr("Wasted paths:") << '\n';
        for (const WastedPath &w : waste.topWasted)
            out << "  " << formatBytes(w.wastedBytes).rightJustified(9) << "  " << w.path << '\n';
    }
    out << tr("Evaluation:") << '\n';
    for (const RuleResult &r : std::as_const(rules)) {
        out << "  " << r.status.toUpper().leftJustified(5) << r.name;
        if (!r.message.isEmpty())
            out << ": " << r.message;
        out << '\n';
    }
    out << tr("%1 passed, %2 failed, %3 skipped").arg(int(rules.size()) - failures - skipped).arg(failures).arg(skipped)
        << '\n';
    out.flush();

    if (parser.isSet(jsonOption)) {
        QJsonObject o = ImageReport::inspectJson(*image, waste, false);
        QJsonArray list;
        for (const RuleResult &r : std::as_const(rules)) {
            list.append(QJsonObject {{"name"_L1, r.name},
                {"threshold"_L1, r.threshold ? QJsonValue(*r.threshold) : QJsonValue()}, {"value"_L1, r.value},
                {"status"_L1, r.status}, {"message"_L1, r.message}, {"belowFloor"_L1, r.belowFloor}});
        }
        o.insert("rules"_L1, list);
        o.insert("ignoreWastedBelow"_L1, floor ? QJsonValue(*floor) : QJsonValue());
        o.insert("passed"_L1, failures == 0);
        QSaveFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit()) {
            CliSupport::printError(io.err, name(), tr("%1: %2").arg(file.fileName(), file.errorString()));
            return ExitBadInput;
        }
    }
    if (parser.isSet(junitOption)) {
        QSaveFile file(parser.value(junitOption));
        if (!file.open(QIODevice::WriteOnly)) {
            CliSupport::printError(io.err, name(), tr("%1: %2").arg(file.fileName(), file.errorString()));
            return ExitBadInput;
        }
        QXmlStreamWriter xml(&file);
        xml.setAutoFormatting(true);
        xml.writeStartDocument();
        xml.writeStartElement(u"testsuites"_s);
        xml.writeStartElement(u"testsuite"_s);
        xml.writeAttribute(u"name"_s, u"dockwright-audit"_s);
        xml.writeAttribute(u"tests"_s, QString::number(rules.size()));
        xml.writeAttribute(u"failures"_s, QString::number(failures));
        xml.writeAttribute(u"skipped"_s, QString::number(skipped));
        const QString className
            = u"dockwright.audit."_s + (image->reference.isEmpty() ? image->source : image->reference);
        for (const RuleResult &r : std::as_const(rules)) {
            xml.writeStartElement(u"testcase"_s);
            xml.writeAttribute(u"classname"_s, className);
            xml.writeAttribute(u"name"_s, r.name);
            if (r.status == "fail"_L1) {
                xml.writeStartElement(u"failure"_s);
                xml.writeAttribute(u"message"_s, r.message);
                xml.writeCharacters(r.message);
                xml.writeEndElement();
            } else if (r.status == "skip"_L1) {
                xml.writeEmptyElement(u"skipped"_s);
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        if (xml.hasError() || !file.commit()) {
            CliSupport::printError(io.err, name(), tr("%1: %2").arg(file.fileName(), file.errorString()));
            return ExitBadInput;
        }
    }
    for (const ImageError &warning : image->warnings)
        io.err << tr("warning: %1").arg(warning.toString()) << '\n';
    io.err.flush();
    return failures > 0 ? ExitFindings : ExitOk;
}

} // namespace Dockwright::Cli
