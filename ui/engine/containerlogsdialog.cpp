// SPDX-License-Identifier: GPL-3.0-or-later
#include "containerlogsdialog.h"

#include "core/engine/engineapi.h"
#include "core/engine/enginecall.h"
#include "core/engine/engineclient.h"
#include "ui/theme.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QVBoxLayout>

namespace Dockwright::Ui {

using namespace Dockwright::Core;

ContainerLogsDialog::ContainerLogsDialog(EngineClient *client, const QString &id, const QString &name, QWidget *parent)
    : QDialog(parent)
    , m_client(client)
    , m_id(id)
{
    setWindowTitle(tr("Logs of %1").arg(name.isEmpty() ? id.left(12) : name));
    setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("logs"));
    m_text->setReadOnly(true);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A chatty container must not grow the window's memory without bound.
    m_text->setMaximumBlockCount(20000);
    layout->addWidget(m_text, 1);
    m_status = new QLabel(tr("Reading the logs…"), this);
    m_status->setObjectName(QStringLiteral("logsStatus"));
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().averageCharWidth() * 110, fontMetrics().height() * 32);

    if (!m_client) {
        m_status->setText(tr("Not connected to an engine."));
        m_ended = true;
        return;
    }
    // The framing depends on whether the container has a TTY, which only inspect says.
    EngineCall *call = m_client->send(EngineApi::inspectContainer(id));
    m_call = call;
    connect(call, &EngineCall::finished, this, [this, call] { onInspected(call); });
}

ContainerLogsDialog::~ContainerLogsDialog()
{
    if (m_call)
        m_call->abort();
}

QString ContainerLogsDialog::text() const
{
    return m_text->toPlainText();
}

QString ContainerLogsDialog::statusText() const
{
    return m_status->text();
}

void ContainerLogsDialog::onInspected(EngineCall *call)
{
    if (call != m_call)
        return;
    m_call = nullptr;
    if (call->error() || !m_client) {
        m_ended = true;
        m_status->setText(tr("Could not read the logs: %1").arg(call->error().message));
        Q_EMIT ended();
        return;
    }
    const bool tty = call->jsonObject().value(QLatin1String("Config")).toObject().value(QLatin1String("Tty")).toBool();
    m_demux = LogDemultiplexer(tty);
    EngineApi::LogsOptions options;
    options.follow = true;
    options.standardOutput = true;
    options.standardError = true;
    EngineCall *logs = m_client->send(EngineApi::containerLogs(m_id, options));
    m_call = logs;
    connect(logs, &EngineCall::data, this, &ContainerLogsDialog::onData);
    connect(logs, &EngineCall::finished, this, [this, logs] { onLogsFinished(logs); });
    m_status->setText(tr("Following the output; closing this window stops reading."));
}

void ContainerLogsDialog::onData(const QByteArray &chunk)
{
    append(m_demux.feed(chunk));
}

void ContainerLogsDialog::onLogsFinished(EngineCall *call)
{
    if (call != m_call)
        return;
    m_call = nullptr;
    append(m_demux.finish());
    m_ended = true;
    if (call->error() && call->error().kind != EngineError::Kind::Cancelled)
        m_status->setText(tr("The log stream failed: %1").arg(call->error().message));
    else
        m_status->setText(tr("The container stopped; this is all it wrote."));
    Q_EMIT ended();
}

void ContainerLogsDialog::append(const QList<LogRecord> &records)
{
    if (records.isEmpty())
        return;
    QScrollBar *bar = m_text->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    QTextCursor cursor(m_text->document());
    cursor.movePosition(QTextCursor::End);
    QTextCharFormat normal;
    QTextCharFormat error;
    error.setForeground(Theme::color(Theme::Tone::Error, palette()));
    for (const LogRecord &record : records) {
        const bool isError = record.stream == LogRecord::Stream::Stderr || record.stream == LogRecord::Stream::System;
        // A TTY's output comes with \r\n line ends.
        cursor.insertText(QString::fromUtf8(record.payload).remove(QLatin1Char('\r')), isError ? error : normal);
    }
    if (atEnd)
        bar->setValue(bar->maximum());
    Q_EMIT appended();
}

} // namespace Dockwright::Ui
