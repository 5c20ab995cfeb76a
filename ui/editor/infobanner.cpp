// SPDX-License-Identifier: GPL-3.0-or-later
#include "infobanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Dockwright::Ui {

InfoBanner::InfoBanner(QWidget *parent)
    : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::RichText);
    layout->addWidget(m_label, 1);
    m_buttons = new QHBoxLayout;
    layout->addLayout(m_buttons);
    hide();
}

InfoBanner::~InfoBanner() = default;

void InfoBanner::ask(const QString &key, const QString &text, const QList<Choice> &choices)
{
    while (QLayoutItem *item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_key = key;
    m_choices = choices;
    m_label->setText(text);
    for (int i = 0; i < choices.size(); ++i) {
        auto *button = new QPushButton(choices.at(i).label, this);
        connect(button, &QPushButton::clicked, this, [this, i] { choose(i); });
        m_buttons->addWidget(button);
    }
    show();
}

void InfoBanner::dismiss()
{
    m_key.clear();
    m_choices.clear();
    hide();
}

QString InfoBanner::text() const
{
    return m_label->text();
}

bool InfoBanner::choose(int index)
{
    if (index < 0 || index >= m_choices.size())
        return false;
    const std::function<void()> run = m_choices.at(index).run;
    dismiss();
    if (run)
        run();
    return true;
}

} // namespace Dockwright::Ui
