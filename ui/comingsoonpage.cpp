// SPDX-License-Identifier: GPL-3.0-or-later
#include "comingsoonpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Dockwright::Ui {

ComingSoonPage::ComingSoonPage(const QString &title, const QString &purpose, const QStringList &steps,
                               QWidget *parent)
    : QWidget(parent)
{
    QString html = QLatin1String("<h2>") + title.toHtmlEscaped() + QLatin1String("</h2><p>") + purpose
        + QLatin1String("</p><p><i>") + tr("This work area is coming in a later version of Dockwright.")
        + QLatin1String("</i></p>");
    if (!steps.isEmpty()) {
        html += QLatin1String("<p><b>") + tr("Until then, on the command line:") + QLatin1String("</b></p><ol>");
        for (const QString &step : steps)
            html += QLatin1String("<li>") + step + QLatin1String("</li>");
        html += QLatin1String("</ol>");
    }
    auto *label = new QLabel(html, this);
    label->setObjectName(QStringLiteral("comingSoonText"));
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setMaximumWidth(fontMetrics().averageCharWidth() * 90);

    auto *row = new QHBoxLayout;
    row->addStretch(1);
    row->addWidget(label, 4);
    row->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addLayout(row);
    layout->addStretch(2);
}

ComingSoonPage::~ComingSoonPage() = default;

} // namespace Dockwright::Ui
