using Hub.Contracts.Matching;
using Hub.PartnerIntegration.Delivery.Payloads;
using Hub.PartnerIntegration.Storage;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Hub.PartnerIntegration.Delivery;

/// <summary>
/// A proposal about a resident one of the adapter's partners registered (a school's student seeking a BBL place) goes
/// back to that partner under its own number for the student, as the gateway shows a school its students' proposals.
/// </summary>
public sealed class StudentProposalForwarder<TDb>(TDb db, DeliveryQueue<TDb> deliveries) : IConsumer<ProposalMade> where TDb : PartnerAdapterDb
{
    public async Task Consume(ConsumeContext<ProposalMade> context)
    {
        var proposal = context.Message;
        // One partner registers a student (their school); nobody else learns about the proposal.
        var subject = await db.Subjects.AsNoTracking().FirstOrDefaultAsync(s => s.SubjectPseudonym == proposal.SubjectPseudonym, context.CancellationToken);
        if (subject is not null)
        {
            await deliveries.EnqueueAsync(context, subject.PartnerId, proposal.ProposalId, proposal.ToStudentWebhookData(subject.PartnerReference));
        }
    }
}
