// SPDX-License-Identifier: GPL-3.0-or-later
#include "enginestatuswidget.h"

#include "ui/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPixmap>
#include <QTimer>
#include <QToolButton>

using namespace Dockwright::Core;

namespace Dockwright::Ui {

namespace {

// A round state marker in a Theme marker tone, so it reads on light and dark palettes.
QPixmap marker(const QWidget *widget, Theme::Tone tone)
{
    const int size = widget->fontMetrics().height() * 2 / 3;
    const qreal dpr = widget->devicePixelRatioF();
    QPixmap pixmap(QSize(size, size) * dpr);
    pixmap.setDevicePixelRatio(dpr);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Theme::color(tone, widget->palette()));
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1.0, size - 1.0));
    return pixmap;
}

} // namespace

EngineStatusWidget::EngineStatusWidget(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    m_indicator = new QLabel(this);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("engineStatusLabel"));
    // Long error texts must not widen the window; the full text is in the tooltip.
    m_label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_retry = new QToolButton(this);
    m_retry->setObjectName(QStringLiteral("engineRetryButton"));
    m_retry->setText(tr("Retry Now"));
    m_retry->setToolTip(tr("Try to reach the engine again without waiting."));
    m_connectTo = new QToolButton(this);
    m_connectTo->setObjectName(QStringLiteral("engineConnectToButton"));
    m_connectTo->setText(tr("Connect to…"));
    m_connectTo->setToolTip(tr("Choose which container engine Dockwright talks to."));
    layout->addWidget(m_indicator);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retry);
    layout->addWidget(m_connectTo);
    connect(m_retry, &QToolButton::clicked, this, &EngineStatusWidget::retryRequested);
    connect(m_connectTo, &QToolButton::clicked, this, &EngineStatusWidget::connectToRequested);

    m_countdown = new QTimer(this);
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &EngineStatusWidget::updateCountdown);
    showConnecting({});
}

EngineStatusWidget::~EngineStatusWidget() = default;

QString EngineStatusWidget::text() const
{
    return m_label->text();
}

void EngineStatusWidget::showConnecting(const Endpoint &endpoint)
{
    m_countdown->stop();
    m_indicator->setPixmap(marker(this, Theme::Tone::MarkerPending));
    m_label->setText(endpoint.isValid() ? tr("Connecting to %1…").arg(endpoint.displayName()) : tr("Connecting…"));
    m_label->setToolTip(endpoint.uri);
    m_retry->setVisible(false);
}

void EngineStatusWidget::showConnected(const EngineInfo &info)
{
    m_countdown->stop();
    m_indicator->setPixmap(marker(this, Theme::Tone::MarkerGood));
    const QString product = info.product.isEmpty() ? tr("Engine") : info.product;
    m_label->setText(tr("Connected to %1  ·  %2 %3  ·  API %4  ·  %5/%6")
            .arg(info.endpoint.displayName(), product, info.engineVersion, info.negotiatedApiVersion.toString(),
                info.os, info.arch));
    QStringList tip {tr("Address: %1").arg(info.endpoint.uri)};
    if (!info.endpoint.origin.isEmpty())
        tip << tr("Chosen by: %1").arg(info.endpoint.origin);
    tip << tr("Engine: %1 %2").arg(product, info.engineVersion)
        << tr("API version in use: %1 (engine supports up to %2)")
               .arg(info.negotiatedApiVersion.toString(), info.apiVersion.toString())
        << tr("Operating system: %1/%2, kernel %3").arg(info.os, info.arch, info.kernelVersion)
        << (info.buildKitReadsUploadedContext() ? tr("Builds use BuildKit")
                   : info.hasBuildKit() ? tr("Builds use the classic builder: on the containerd image store BuildKit "
                                             "needs a session to read the build context")
                                        : tr("Builds use the classic builder"));
    if (!info.storageDriver.isEmpty())
        tip << tr("Image store: %1")
                   .arg(info.containerdImageStore ? tr("containerd (%1)").arg(info.storageDriver) : info.storageDriver);
    m_label->setToolTip(tip.join(QLatin1Char('\n')));
    m_retry->setVisible(false);
}

void EngineStatusWidget::showDisconnected(const Endpoint &endpoint, const EngineError &error, int retryInMs)
{
    m_indicator->setPixmap(marker(this, Theme::Tone::MarkerBad));
    m_disconnectedPrefix
        = endpoint.isValid() ? tr("Not connected to %1.").arg(endpoint.displayName()) : tr("Not connected.");
    // The reason goes last: it is the part that may be cut off (the tooltip has all of it).
    m_disconnectedReason = error.hint.isEmpty() ? error.message : error.message + QLatin1Char(' ') + error.hint;
    m_label->setToolTip(
        error.detail.isEmpty() ? error.toString() : error.toString() + QLatin1Char('\n') + error.detail);
    m_retry->setVisible(true);
    if (retryInMs > 0) {
        m_retryAt = QDeadlineTimer(retryInMs);
        m_countdown->start();
    } else {
        m_retryAt = QDeadlineTimer();
        m_countdown->stop();
    }
    updateCountdown();
}

void EngineStatusWidget::updateCountdown()
{
    QString retry;
    if (m_countdown->isActive()) {
        const int seconds = int((m_retryAt.remainingTime() + 999) / 1000);
        if (seconds > 0) {
            retry = tr("Retrying in %n second(s).", nullptr, seconds);
        } else {
            m_countdown->stop();
            retry = tr("Retrying…");
        }
    }
    QStringList parts {m_disconnectedPrefix};
    if (!retry.isEmpty())
        parts << retry;
    parts << m_disconnectedReason;
    m_label->setText(parts.join(QLatin1Char(' ')));
}

} // namespace Dockwright::Ui
