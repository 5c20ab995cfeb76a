// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/builder/buildrequest.h"
#include "core/dockerfile/dockerfilemodel.h"
#include "core/dockerfile/dockerfilesyntax.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

class QFormLayout;
class QLabel;
class QToolButton;

namespace Dockwright::Ui {

// One field per ARG of a Dockerfile (global and per stage) with its default, the stages that use it and
// the comment above it as help. Only values that differ from the default are build arguments.
class BuildArgsForm final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BuildArgsForm)
public:
    // An ARG as the form shows it, merged over all its declarations.
    struct ArgInfo
    {
        QString name;
        QString defaultValue;
        bool hasDefault = false;
        bool global = false;
        QStringList stages; // display names of the stages that declare or use it
        QString help; // the comment lines above the first declaration
        int line = 0;
        friend bool operator==(const ArgInfo &, const ArgInfo &) = default;
    };
    enum class Editor { Text, Number, Path };

    explicit BuildArgsForm(QWidget *parent = nullptr);
    ~BuildArgsForm() override;

    // The ARGs of a parsed Dockerfile in declaration order (automatic platform ARGs left out).
    static QList<ArgInfo> collect(const Core::DockerfileParseResult &parse, const Core::DockerfileModel &model);
    // Which input fits a value: numbers get a spin box, path-like values a file picker.
    static Editor editorFor(const QString &name, const QString &value);

    void setArgs(const QList<ArgInfo> &args);
    // The ARGs of the same Dockerfile after an edit: values the user set stay for ARGs still declared;
    // the fields are only rebuilt when the ARGs changed. Returns whether they did.
    bool updateArgs(const QList<ArgInfo> &args);
    const QList<ArgInfo> &args() const { return m_args; }
    // Path pickers start here.
    void setBaseDirectory(const QString &dir) { m_baseDir = dir; }

    // The current value of an ARG (the default when not overridden); empty for unknown names.
    QString value(const QString &name) const;
    // Sets an override; returns false for an ARG the form does not have.
    bool setValue(const QString &name, const QString &value);
    void resetValue(const QString &name);
    void resetAll();
    bool isOverridden(const QString &name) const;
    bool hasArg(const QString &name) const;
    // --build-arg values: only overrides, in declaration order.
    QList<Core::BuildRequest::Arg> overrides() const;
    QWidget *editorWidget(const QString &name) const;

Q_SIGNALS:
    void changed();

private:
    struct Field
    {
        QLabel *label = nullptr;
        QWidget *editor = nullptr;
        QToolButton *reset = nullptr;
        Editor kind = Editor::Text;
        QString override; // valid only when overridden
        bool overridden = false;
    };
    int indexOf(const QString &name) const;
    QString editorText(int index) const;
    void setEditorText(int index, const QString &text);
    void onEdited(int index);
    void updateMarker(int index);

    QFormLayout *m_layout = nullptr;
    QLabel *m_empty = nullptr;
    QList<ArgInfo> m_args;
    QList<Field> m_fields;
    QString m_baseDir;
    bool m_updating = false;
};

} // namespace Dockwright::Ui
