// SPDX-License-Identifier: GPL-3.0-or-later
#include "welcomepage.h"

#include <QCheckBox>
#include <QCommandLinkButton>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace Dockwright::Ui {

namespace {
// Wide enough for two-line descriptions in German, narrow enough to read as one column.
constexpr int ContentWidth = 680;
} // namespace

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *content = new QWidget;
    content->setMaximumWidth(ContentWidth);
    auto *column = new QVBoxLayout(content);
    column->setSpacing(8);

    auto *title = new QLabel(tr("Welcome to Dockwright"), content);
    title->setObjectName(QStringLiteral("welcomeTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    column->addWidget(title);

    auto *intro = new QLabel(tr("Dockwright helps you write a Dockerfile, build it into an image, see what each "
                                "layer adds and start the image as a locked-down container. It works with the "
                                "Docker engine (or Podman) on this computer or on a server you reach by ssh. "
                                "The steps below follow the usual path of packaging a project."),
        content);
    intro->setWordWrap(true);
    intro->setObjectName(QStringLiteral("welcomeIntro"));
    column->addWidget(intro);
    column->addSpacing(8);

    QCommandLinkButton *newProject = addEntry(Entry::NewProject, tr("1. New project from a template"),
        tr("Start a Dockerfile and .dockerignore from a tested starter (Python or minimal) and save them in "
           "your project folder."));
    m_templateMenu = new QMenu(newProject);
    newProject->setMenu(m_templateMenu);

    QCommandLinkButton *open = addEntry(Entry::Open, tr("2. Open a folder or a Dockerfile"),
        tr("Work on a project you already have: the Editor checks the Dockerfile as you type, Build uses its "
           "folder as the build context."));
    auto *openMenu = new QMenu(open);
    openMenu->addAction(tr("Open &Folder…"), this, &WelcomePage::openFolderRequested);
    openMenu->addAction(tr("Open &Dockerfile…"), this, &WelcomePage::openDockerfileRequested);
    open->setMenu(openMenu);

    connect(addEntry(Entry::ExploreImage, tr("3. Explore an image"),
                tr("Look inside an image layer by layer: which files each step added, changed or wasted.")),
        &QAbstractButton::clicked, this, &WelcomePage::exploreImageRequested);
    connect(addEntry(Entry::RunHardened, tr("4. Run it hardened"),
                tr("Start a container with a read-only file system, no extra privileges and only the "
                   "writable paths it needs, and see how well it is protected.")),
        &QAbstractButton::clicked, this, &WelcomePage::runHardenedRequested);
    for (QCommandLinkButton *button : std::as_const(m_entries))
        column->addWidget(button);

    column->addSpacing(8);
    auto *links = new QHBoxLayout;
    auto *docs = new QPushButton(tr("Read the &documentation"), content);
    docs->setObjectName(QStringLiteral("welcomeDocs"));
    connect(docs, &QPushButton::clicked, this, &WelcomePage::documentationRequested);
    auto *keys = new QPushButton(tr("&Keyboard shortcuts"), content);
    keys->setObjectName(QStringLiteral("welcomeShortcuts"));
    connect(keys, &QPushButton::clicked, this, &WelcomePage::shortcutsRequested);
    links->addWidget(docs);
    links->addWidget(keys);
    links->addStretch(1);
    column->addLayout(links);

    m_showAtStart
        = new QCheckBox(tr("&Show this page at every start (it is always in Help ▸ Getting Started)"), content);
    m_showAtStart->setObjectName(QStringLiteral("welcomeShowAtStart"));
    connect(m_showAtStart, &QCheckBox::toggled, this, &WelcomePage::showAtStartChanged);
    column->addWidget(m_showAtStart);
    column->addStretch(1);

    // Centred column; scrolls rather than clips when the window is small or the text long.
    auto *centre = new QWidget;
    auto *centreLayout = new QHBoxLayout(centre);
    centreLayout->addStretch(1);
    centreLayout->addWidget(content, 100);
    centreLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(centre);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

WelcomePage::~WelcomePage() = default;

QCommandLinkButton *WelcomePage::addEntry(Entry entry, const QString &title, const QString &description)
{
    auto *button = new QCommandLinkButton(title, description, this);
    button->setObjectName(QStringLiteral("welcomeEntry%1").arg(int(entry)));
    button->setAccessibleDescription(description);
    m_entries.append(button);
    return button;
}

void WelcomePage::setTemplateActions(const QList<QAction *> &actions)
{
    m_templateMenu->clear();
    m_templateMenu->addActions(actions);
}

QCommandLinkButton *WelcomePage::entry(Entry entry) const
{
    return m_entries.value(int(entry));
}

} // namespace Dockwright::Ui
