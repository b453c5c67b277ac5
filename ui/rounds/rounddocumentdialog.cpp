#include "ui/rounds/rounddocumentdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

#include "ui/help/helptopic.h"
#include "ui/widgets/savefiledialog.h"

using namespace Qt::StringLiterals;

namespace skl {

RoundDocumentDialog::RoundDocumentDialog(const RoundContext &context, QWidget *parent)
    : QDialog(parent)
    , m_file(new QLineEdit(this))
    , m_volume(new QComboBox(this))
    , m_title(new QLineEdit(this))
    , m_candidate(new QComboBox(this))
    , m_part(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    HelpTopic::set(this, u"rounds"_s);
    setWindowTitle(tr("File a document with the round"));
    for (const DossierVolume volume : kDossierVolumes)
        m_volume->addItem(
            tr("Volume %1: %2").arg(int(volume)).arg(AssessmentRules::display(volume)),
            int(volume));
    m_volume->setCurrentIndex(int(DossierVolume::Papers) - 1);
    m_title->setPlaceholderText(tr("what it is, e.g. 理论知识试卷（A卷）, 签到表"));
    m_candidate->addItem(tr("The whole round"), QString());
    for (const RoundCandidate &c : context.candidates)
        m_candidate->addItem(u"%1 %2"_s.arg(c.employeeNo, c.name), c.employeeNo);
    m_part->addItem(tr("No part"), QString());
    for (const AssessmentPart part : context.parts)
        m_part->addItem(AssessmentRules::display(part), AssessmentRules::code(part));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020"_s);

    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto *form = new QFormLayout(this);
    form->addRow(tr("File"), fileRow);
    form->addRow(tr("Volume"), m_volume);
    form->addRow(tr("Title"), m_title);
    form->addRow(tr("Candidate"), m_candidate);
    form->addRow(tr("Part"), m_part);
    form->addRow(m_problem);
    form->addRow(m_buttons);
    resize(560, sizeHint().height());

    connect(browse, &QPushButton::clicked, this, &RoundDocumentDialog::browse);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_file, &QLineEdit::textChanged, this, &RoundDocumentDialog::updateOk);
    connect(m_title, &QLineEdit::textChanged, this, &RoundDocumentDialog::updateOk);
    updateOk();
}

QString RoundDocumentDialog::path() const
{
    return m_file->text().trimmed();
}

RoundDocumentInput RoundDocumentDialog::input() const
{
    RoundDocumentInput input;
    input.volume = DossierVolume(m_volume->currentData().toInt());
    input.title = m_title->text().trimmed();
    input.fileName = QFileInfo(path()).fileName();
    input.employeeNo = m_candidate->currentData().toString();
    input.part = AssessmentRules::parsePart(m_part->currentData().toString());
    return input;
}

void RoundDocumentDialog::browse()
{
    const QString chosen = SaveFileDialog::askOpen(this, tr("Choose the document"), {},
        tr("Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx *.xls *.xlsx);;"
           "All files (*)"));
    if (chosen.isEmpty())
        return;
    m_file->setText(chosen);
    // The file's name is a fair first title; the officer makes it say what the document is.
    if (m_title->text().trimmed().isEmpty())
        m_title->setText(QFileInfo(chosen).completeBaseName());
}

void RoundDocumentDialog::updateOk()
{
    QString problem;
    const QFileInfo file(path());
    if (!path().isEmpty()) {
        if (!file.isFile())
            problem = tr("%1 is not a file.").arg(path());
        else if (const auto refused = RoundDocumentStore::sizeRefusal(file.fileName(), file.size()))
            problem = *refused;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(
            !path().isEmpty() && problem.isEmpty() && !m_title->text().trimmed().isEmpty());
}

} // namespace skl
