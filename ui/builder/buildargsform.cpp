// SPDX-License-Identifier: GPL-3.0-or-later
#include "buildargsform.h"

#include "core/dockerfile/dockerfileanalyzer.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QToolButton>
#include <limits>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

namespace {
QString stageName(const DockerfileModel &model, int index)
{
    if (index < 0 || index >= model.stages.size())
        return {};
    const DockerfileStage &stage = model.stages.at(index);
    return stage.nameAsWritten.isEmpty() ? QStringLiteral("stage-%1").arg(index) : stage.nameAsWritten;
}

bool references(const QString &text, const QString &name)
{
    const QRegularExpression re(QStringLiteral("\\$\\{?%1(?![A-Za-z0-9_])").arg(QRegularExpression::escape(name)));
    return re.match(text).hasMatch();
}
} // namespace

BuildArgsForm::BuildArgsForm(QWidget *parent)
    : QWidget(parent)
{
    m_layout = new QFormLayout(this);
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_empty = new QLabel(tr("This Dockerfile declares no build arguments (ARG)."), this);
    m_empty->setWordWrap(true);
    m_layout->addRow(m_empty);
}

BuildArgsForm::~BuildArgsForm() = default;

QList<BuildArgsForm::ArgInfo> BuildArgsForm::collect(const DockerfileParseResult &parse, const DockerfileModel &model)
{
    QList<ArgInfo> args;
    auto find = [&args](const QString &name) -> ArgInfo * {
        for (ArgInfo &arg : args) {
            if (arg.name == name)
                return &arg;
        }
        return nullptr;
    };
    for (const DockerfileInstruction &instruction : parse.instructions) {
        if (instruction.kind != InstructionKind::Arg)
            continue;
        for (const DockerfileKeyValue &pair : instruction.pairs) {
            if (DockerfileAnalyzer::isAutomaticPlatformArg(pair.key))
                continue;
            ArgInfo *arg = find(pair.key);
            if (!arg) {
                ArgInfo fresh;
                fresh.name = pair.key;
                fresh.global = instruction.stageIndex < 0;
                fresh.line = pair.range.startLine;
                args.append(fresh);
                arg = &args.last();
            }
            if (arg->help.isEmpty())
                arg->help = instruction.previousComments.join(u'\n');
            if (pair.hasValue && !arg->hasDefault) {
                arg->defaultValue = pair.value;
                arg->hasDefault = true;
            }
            const QString stage = stageName(model, instruction.stageIndex);
            if (!stage.isEmpty() && !arg->stages.contains(stage))
                arg->stages.append(stage);
        }
    }
    // A global ARG is also used by the FROM lines that expand it.
    for (ArgInfo &arg : args) {
        if (!arg.global)
            continue;
        for (const DockerfileInstruction &instruction : parse.instructions) {
            if (instruction.kind == InstructionKind::From && references(instruction.original, arg.name)) {
                const QString stage = stageName(model, instruction.stageIndex);
                if (!stage.isEmpty() && !arg.stages.contains(stage))
                    arg.stages.append(stage);
            }
        }
    }
    return args;
}

BuildArgsForm::Editor BuildArgsForm::editorFor(const QString &name, const QString &value)
{
    static const QRegularExpression number(QStringLiteral("^-?[0-9]{1,9}$"));
    if (number.match(value).hasMatch())
        return Editor::Number;
    static const QRegularExpression pathName(
        QStringLiteral("(_PATH|_DIR|_FILE|_FOLDER)$"), QRegularExpression::CaseInsensitiveOption);
    if (pathName.match(name).hasMatch())
        return Editor::Path;
    if (value.startsWith(u'/') || value.startsWith(QLatin1String("./")) || value.startsWith(QLatin1String("../"))
        || value.startsWith(QLatin1String("~/")))
        return Editor::Path;
    return Editor::Text;
}

void BuildArgsForm::setArgs(const QList<ArgInfo> &args)
{
    m_updating = true;
    while (m_layout->rowCount() > 1)
        m_layout->removeRow(1);
    m_fields.clear();
    m_args = args;
    m_empty->setVisible(args.isEmpty());
    for (int i = 0; i < m_args.size(); ++i) {
        const ArgInfo &arg = m_args.at(i);
        Field field;
        field.kind = editorFor(arg.name, arg.defaultValue);
        field.label = new QLabel(arg.name, this);
        QString toolTip = arg.help.toHtmlEscaped().replace(u'\n', QLatin1String("<br>"));
        if (!toolTip.isEmpty())
            toolTip += QLatin1String("<br><br>");
        toolTip += arg.hasDefault ? tr("Default: <code>%1</code>").arg(arg.defaultValue.toHtmlEscaped())
                                  : tr("No default: unset unless you give a value.");
        if (!arg.stages.isEmpty())
            toolTip += QLatin1String("<br>") + tr("Used by: %1").arg(arg.stages.join(QLatin1String(", ")));
        else if (arg.global)
            toolTip += QLatin1String("<br>") + tr("Global; no stage uses it.");
        field.label->setToolTip(toolTip);

        auto *row = new QWidget(this);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        switch (field.kind) {
        case Editor::Number: {
            auto *spin = new QSpinBox(row);
            spin->setRange(std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
            spin->setValue(arg.defaultValue.toInt());
            connect(spin, &QSpinBox::valueChanged, this, [this, i] { onEdited(i); });
            field.editor = spin;
            break;
        }
        case Editor::Path:
        case Editor::Text: {
            auto *edit = new QLineEdit(arg.defaultValue, row);
            edit->setPlaceholderText(arg.hasDefault ? tr("(empty)") : tr("(not set)"));
            connect(edit, &QLineEdit::textEdited, this, [this, i] { onEdited(i); });
            field.editor = edit;
            break;
        }
        }
        field.editor->setObjectName(QStringLiteral("arg_") + arg.name);
        field.editor->setToolTip(toolTip);
        field.editor->setAccessibleName(arg.name);
        rowLayout->addWidget(field.editor, 1);
        if (field.kind == Editor::Path) {
            auto *browse = new QToolButton(row);
            browse->setText(tr("…"));
            browse->setToolTip(tr("Choose a file or folder"));
            connect(browse, &QToolButton::clicked, this, [this, i] {
                const QString start = m_baseDir.isEmpty() ? QDir::homePath() : m_baseDir;
                static const QRegularExpression folderName(
                    QStringLiteral("(_DIR|_FOLDER)$"), QRegularExpression::CaseInsensitiveOption);
                const QString title = tr("Choose %1").arg(m_args.at(i).name);
                const QString picked = folderName.match(m_args.at(i).name).hasMatch()
                    ? QFileDialog::getExistingDirectory(this, title, start)
                    : QFileDialog::getOpenFileName(this, title, start);
                if (picked.isEmpty())
                    return;
                const QString shown = !m_baseDir.isEmpty() && picked.startsWith(m_baseDir + u'/')
                    ? QDir(m_baseDir).relativeFilePath(picked)
                    : picked;
                setValue(m_args.at(i).name, shown);
            });
            rowLayout->addWidget(browse);
        }
        field.reset = new QToolButton(row);
        field.reset->setText(tr("Reset"));
        field.reset->setToolTip(tr("Back to the Dockerfile's default"));
        connect(field.reset, &QToolButton::clicked, this, [this, i] { resetValue(m_args.at(i).name); });
        rowLayout->addWidget(field.reset);
        auto *where = new QLabel(row);
        where->setObjectName(QStringLiteral("where"));
        where->setEnabled(false);
        if (arg.global)
            where->setText(
                arg.stages.isEmpty() ? tr("global") : tr("global · %1").arg(arg.stages.join(QLatin1String(", "))));
        else
            where->setText(arg.stages.join(QLatin1String(", ")));
        rowLayout->addWidget(where);
        m_fields.append(field);
        m_layout->addRow(field.label, row);
        if (!arg.help.isEmpty()) {
            auto *help = new QLabel(arg.help, this);
            help->setObjectName(QStringLiteral("help_") + arg.name);
            help->setWordWrap(true);
            help->setEnabled(false);
            m_layout->addRow(QString(), help);
        }
        updateMarker(i);
    }
    // The "used by" notes line up in one column so the inputs get the same width.
    const QList<QLabel *> notes = findChildren<QLabel *>(QStringLiteral("where"));
    int width = 0;
    for (const QLabel *note : notes)
        width = qMax(width, note->sizeHint().width());
    for (QLabel *note : notes)
        note->setFixedWidth(width);
    m_updating = false;
}

int BuildArgsForm::indexOf(const QString &name) const
{
    for (int i = 0; i < m_args.size(); ++i) {
        if (m_args.at(i).name == name)
            return i;
    }
    return -1;
}

bool BuildArgsForm::hasArg(const QString &name) const
{
    return indexOf(name) >= 0;
}

QWidget *BuildArgsForm::editorWidget(const QString &name) const
{
    const int i = indexOf(name);
    return i < 0 ? nullptr : m_fields.at(i).editor;
}

QString BuildArgsForm::editorText(int index) const
{
    const Field &field = m_fields.at(index);
    if (auto *spin = qobject_cast<QSpinBox *>(field.editor))
        return QString::number(spin->value());
    return static_cast<QLineEdit *>(field.editor)->text();
}

void BuildArgsForm::setEditorText(int index, const QString &text)
{
    const bool wasUpdating = std::exchange(m_updating, true);
    const Field &field = m_fields.at(index);
    if (auto *spin = qobject_cast<QSpinBox *>(field.editor))
        spin->setValue(text.toInt());
    else
        static_cast<QLineEdit *>(field.editor)->setText(text);
    m_updating = wasUpdating;
}

void BuildArgsForm::onEdited(int index)
{
    if (m_updating)
        return;
    const ArgInfo &arg = m_args.at(index);
    Field &field = m_fields[index];
    const QString text = editorText(index);
    // An empty line edit for an ARG without default means "not given", not "given as empty".
    field.overridden = arg.hasDefault ? text != arg.defaultValue : !text.isEmpty();
    field.override = text;
    updateMarker(index);
    Q_EMIT changed();
}

void BuildArgsForm::updateMarker(int index)
{
    const Field &field = m_fields.at(index);
    QFont font = field.label->font();
    font.setBold(field.overridden);
    field.label->setFont(font);
    field.label->setText(field.overridden ? m_args.at(index).name + QStringLiteral(" ●") : m_args.at(index).name);
    QFont editorFont = field.editor->font();
    editorFont.setBold(field.overridden);
    field.editor->setFont(editorFont);
    field.reset->setEnabled(field.overridden);
}

QString BuildArgsForm::value(const QString &name) const
{
    const int i = indexOf(name);
    if (i < 0)
        return {};
    return m_fields.at(i).overridden ? m_fields.at(i).override : m_args.at(i).defaultValue;
}

bool BuildArgsForm::setValue(const QString &name, const QString &value)
{
    const int i = indexOf(name);
    if (i < 0)
        return false;
    setEditorText(i, value);
    Field &field = m_fields[i];
    const ArgInfo &arg = m_args.at(i);
    field.overridden = !(arg.hasDefault && value == arg.defaultValue);
    field.override = value;
    updateMarker(i);
    if (!m_updating)
        Q_EMIT changed();
    return true;
}

void BuildArgsForm::resetValue(const QString &name)
{
    const int i = indexOf(name);
    if (i < 0)
        return;
    setEditorText(i, m_args.at(i).defaultValue);
    m_fields[i].overridden = false;
    m_fields[i].override.clear();
    updateMarker(i);
    if (!m_updating)
        Q_EMIT changed();
}

void BuildArgsForm::resetAll()
{
    const bool wasUpdating = std::exchange(m_updating, true);
    for (const ArgInfo &arg : std::as_const(m_args))
        resetValue(arg.name);
    m_updating = wasUpdating;
    if (!m_updating)
        Q_EMIT changed();
}

bool BuildArgsForm::isOverridden(const QString &name) const
{
    const int i = indexOf(name);
    return i >= 0 && m_fields.at(i).overridden;
}

bool BuildArgsForm::updateArgs(const QList<ArgInfo> &args)
{
    if (args == m_args)
        return false;
    const QList<BuildRequest::Arg> kept = overrides();
    const bool updating = std::exchange(m_updating, true);
    setArgs(args);
    m_updating = true;
    for (const BuildRequest::Arg &arg : kept)
        setValue(arg.name, arg.value.value_or(QString()));
    m_updating = updating;
    Q_EMIT changed();
    return true;
}

QList<BuildRequest::Arg> BuildArgsForm::overrides() const
{
    QList<BuildRequest::Arg> result;
    for (int i = 0; i < m_args.size(); ++i) {
        if (m_fields.at(i).overridden)
            result.append({m_args.at(i).name, m_fields.at(i).override});
    }
    return result;
}

} // namespace Dockwright::Ui
