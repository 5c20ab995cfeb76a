// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Dockwright::Ui {

// Short reference texts for Dockerfile instructions and their flags: the hover help of the editor
// and the word lists of completion come from this one table.
class InstructionDocs final
{
    Q_DECLARE_TR_FUNCTIONS(Dockwright::Ui::InstructionDocs)
public:
    struct Flag
    {
        QString name; // without dashes: "mount"
        bool takesValue = true;
        QString text; // translated description
    };
    struct Instruction
    {
        QString keyword; // upper case: "COPY"
        QString syntax;
        QString text; // translated description
        QList<Flag> flags;
    };

    // Every instruction, in the order a Dockerfile usually uses them.
    static const QList<Instruction> &instructions();
    // nullptr when `keyword` (any case) is not an instruction.
    static const Instruction *instruction(QStringView keyword);
    static const Flag *flag(QStringView keyword, QStringView flagName);

    // Keys of one `--mount=` specification ("type", "target", ...), and the values some of them take.
    static QStringList mountKeys();
    static QStringList mountValues(QStringView key);
    static QStringList flagValues(QStringView keyword, QStringView flagName);

    // Rich text for a tooltip: syntax line and description of an instruction, or one flag.
    static QString instructionToolTip(const Instruction &instruction);
    static QString flagToolTip(const Instruction &instruction, const Flag &flag);
};

} // namespace Dockwright::Ui
