#pragma once

#include <QWidget>

#include "core/domain/certification.h"
#include "core/domain/officer.h"
#include "core/printing/certificatepdf.h"
#include "core/store/certificationstore.h"

class QComboBox;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace skl {

class CertificationTableModel;
class Connection;

// 认定记录: every certification with its status, filtered by status and round; propose, approve
// (one, several, or a whole round at once), reject, revoke, and print or save the certificates
// of the selected rows, a round or a workshop.
class CertificationView : public QWidget
{
    Q_OBJECT
public:
    explicit CertificationView(QWidget *parent = nullptr);

    // The open database and the officer logged in to it (null when none is open).
    void setConnection(Connection *connection, const Officer &officer);
    void reload();
    // The rounds (new ones, their counts) and the list.
    void reloadAll();
    CertificationTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    CertificateFormat format() const;
    // Lists the proposals waiting for this officer's decision: all rounds and workshops, without
    // the officer's own proposals (four eyes). The home page's proposals item opens this.
    void showWaitingForMe();
    // Lists every certification of one assessment round (the home page's round item, issue 16).
    void showRound(qint64 roundId);

    // The actions, callable by tests; each asks core and shows a refusal as a message. One's own
    // proposals among the selected are left out: another approver decides them (four eyes).
    void approveSelected();
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *proposeButton() const { return m_propose; }
    QPushButton *verificationPageButton() const { return m_verificationPage; }
    QPushButton *proofButton() const { return m_proof; }
    QPushButton *issueButton() const { return m_issue; }
    QPushButton *reissueButton() const { return m_reissue; }
    // Where certificates go: the printer (a print preview) or a PDF file.
    QComboBox *outputBox() const { return m_output; }
    enum class Output { Printer, Pdf };
    void rejectSelected(const QString &reason);
    void revokeSelected(const QString &reason);

protected:
    // Lists are read when the page is first shown (opening a database stays quick).
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    // Grades changed: the roster and the targets should read again.
    void gradesChanged();

private:
    void propose();
    void askReject();
    void askRevoke();
    void approveRound();
    // The Approve buttons: name what is approved and ask first (issue 15).
    void askApprove();
    void askApproveRound();
    // 打印样张 / 发证 / 补发… (issue 15): the listed or selected certificates, to the output.
    void printProofs();
    void issue();
    void askReissue();
    void print(const CertificatePdf::Options &options);
    void publishPage();
    void reloadRounds();
    void updateButtons();
    bool isOwnProposal(const CertificationRecord &r) const;
    QList<qint64> selectedIds(CertificationStatus status) const;
    // The approved among the selected rows; with none selected, all approved rows listed (a
    // round's or a workshop's certificates by the filters).
    QList<qint64> printableIds() const;
    void afterDecision(const QString &title, const QString &error);

    Connection *m_connection = nullptr;
    Officer m_officer;
    bool m_stale = false; // read again when shown
    CertificationTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QComboBox *m_status;
    QComboBox *m_round;
    QComboBox *m_workshop;
    QComboBox *m_format;
    QPushButton *m_propose;
    QPushButton *m_approve;
    QPushButton *m_reject;
    QPushButton *m_revoke;
    QPushButton *m_approveRound;
    QComboBox *m_output;
    QPushButton *m_proof;
    QPushButton *m_issue;
    QPushButton *m_reissue;
    QPushButton *m_verificationPage;
};

} // namespace skl
