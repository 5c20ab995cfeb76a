// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/engine/endpoint.h"
#include "core/engine/engineerror.h"
#include "core/engine/engineinfo.h"

#include <QDeadlineTimer>
#include <QWidget>

class QLabel;
class QTimer;
class QToolButton;

namespace Dockwright::Ui {

// The engine part of the status bar: endpoint, engine and negotiated API version, OS/arch when
// connected; "Not connected", the reason, the hint and a retry countdown when not. Offers
// "Retry now" and "Connect to…".
class EngineStatusWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineStatusWidget)
public:
    explicit EngineStatusWidget(QWidget *parent = nullptr);
    ~EngineStatusWidget() override;

    void showConnecting(const Core::Endpoint &endpoint);
    void showConnected(const Core::EngineInfo &info);
    void showDisconnected(const Core::Endpoint &endpoint, const Core::EngineError &error, int retryInMs);

    // The text currently shown (tests, accessibility).
    QString text() const;

Q_SIGNALS:
    void connectToRequested();
    void retryRequested();

private:
    void updateCountdown();

    QLabel *m_indicator = nullptr;
    QLabel *m_label = nullptr;
    QToolButton *m_retry = nullptr;
    QToolButton *m_connectTo = nullptr;
    QTimer *m_countdown = nullptr;
    QDeadlineTimer m_retryAt;
    QString m_disconnectedPrefix;
    QString m_disconnectedReason;
};

} // namespace Dockwright::Ui
