using System.Reflection;
using ContractTypes = Hub.Contracts.Matching;
using SignalContractTypes = Hub.Contracts.Signals;
using GatewayTypes = Hub.Gateway;
using ClientModels = Hub.Client.Models;

namespace Hub.Client.Tests;

/// <summary>
/// Partners get copies of the gateway's request and response types, so they need neither Hub.Contracts
/// nor gateway code. This fails when the gateway changes a shape and the client's copy was not updated.
/// </summary>
public sealed class Mirroring_the_gateway_shapes
{
    public static TheoryData<Type, Type> Pairs => new()
    {
        { typeof(GatewayTypes.Vacancies.VacancyRequest), typeof(ClientModels.VacancyRequest) },
        { typeof(GatewayTypes.Vacancies.VacancyAccepted), typeof(ClientModels.VacancyAccepted) },
        { typeof(GatewayTypes.JobSeekers.JobSeekerRequest), typeof(ClientModels.JobSeekerRequest) },
        { typeof(GatewayTypes.JobSeekers.StudentRequest), typeof(ClientModels.StudentRequest) },
        { typeof(GatewayTypes.JobSeekers.WithdrawalRequest), typeof(ClientModels.WithdrawalRequest) },
        { typeof(GatewayTypes.JobSeekers.JobSeekerReceipt), typeof(ClientModels.JobSeekerReceipt) },
        { typeof(GatewayTypes.Proposals.ProposalAnswerRequest), typeof(ClientModels.ProposalAnswerRequest) },
        { typeof(GatewayTypes.Proposals.ContactRequest), typeof(ClientModels.ContactRequest) },
        { typeof(GatewayTypes.Proposals.PlacementRequest), typeof(ClientModels.PlacementRequest) },
        { typeof(GatewayTypes.Proposals.ProposalReceipt), typeof(ClientModels.ProposalReceipt) },
        { typeof(ContractTypes.VacancyDetails), typeof(ClientModels.VacancyDetails) },
        { typeof(ContractTypes.VacancyProposals), typeof(ClientModels.VacancyProposals) },
        { typeof(ContractTypes.ProposalView), typeof(ClientModels.ProposalView) },
        { typeof(ContractTypes.ProposalContact), typeof(ClientModels.ProposalContact) },
        { typeof(ContractTypes.JobSeekerProposals), typeof(ClientModels.JobSeekerProposals) },
        { typeof(ContractTypes.AreaFigures), typeof(ClientModels.AreaFigures) },
        { typeof(ContractTypes.AreaMonthFigures), typeof(ClientModels.AreaMonthFigures) },
        { typeof(GatewayTypes.Signals.SignalRequest), typeof(ClientModels.SignalRequest) },
        { typeof(GatewayTypes.Signals.SignalReceipt), typeof(ClientModels.SignalReceipt) },
        { typeof(GatewayTypes.Signals.AcknowledgementRequest), typeof(ClientModels.AcknowledgementRequest) },
        { typeof(GatewayTypes.Signals.OutcomeRequest), typeof(ClientModels.OutcomeRequest) },
        { typeof(GatewayTypes.Signals.SignalsReceipt), typeof(ClientModels.SignalsReceipt) },
        { typeof(GatewayTypes.Signals.ConsentRequest), typeof(ClientModels.ConsentRequest) },
        { typeof(GatewayTypes.Signals.ConsentReceipt), typeof(ClientModels.ConsentReceipt) },
        { typeof(GatewayTypes.Signals.ConsentRevocationRequest), typeof(ClientModels.ConsentRevocationRequest) },
        { typeof(GatewayTypes.Signals.SubjectAccessRequest), typeof(ClientModels.SubjectAccessRequest) },
        { typeof(SignalContractTypes.SignalStatus), typeof(ClientModels.SignalStatus) },
        { typeof(SignalContractTypes.RecipientStatus), typeof(ClientModels.RecipientStatus) },
        { typeof(SignalContractTypes.DeliveryList), typeof(ClientModels.DeliveryList) },
        { typeof(SignalContractTypes.DeliveryView), typeof(ClientModels.DeliveryView) },
        { typeof(SignalContractTypes.MultiProblemCaseList), typeof(ClientModels.MultiProblemCaseList) },
        { typeof(SignalContractTypes.MultiProblemDetected), typeof(ClientModels.MultiProblemDetected) },
        { typeof(SignalContractTypes.InvolvedPartner), typeof(ClientModels.InvolvedPartner) },
        { typeof(SignalContractTypes.SubjectDisclosures), typeof(ClientModels.SubjectDisclosures) },
        { typeof(SignalContractTypes.DisclosureView), typeof(ClientModels.DisclosureView) },
        { typeof(SignalContractTypes.ConsentView), typeof(ClientModels.ConsentView) },
        { typeof(GatewayTypes.Commands.CommandStatus), typeof(ClientModels.CommandStatus) },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Client_model_has_the_gateway_fields_with_the_same_json_types(Type gateway, Type client) =>
        Assert.Equal(ShapeOf(gateway), ShapeOf(client));

    private static string[] ShapeOf(Type type) =>
        [.. type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Select(p => $"{p.Name}: {JsonKind(p.PropertyType)}").Order()];

    // Nullability and the collection type do not change the JSON; element types and nested models do.
    private static string JsonKind(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsArray)
        {
            return $"[{JsonKind(type.GetElementType()!)}]";
        }
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
        {
            return $"[{JsonKind(type.GetGenericArguments()[0])}]";
        }
        if (DictionaryArguments(type) is [var key, var value])
        {
            return $"{{{JsonKind(key)}: {JsonKind(value)}}}";
        }
        return type.Namespace!.StartsWith("Hub.", StringComparison.Ordinal) ? type.Name : type.FullName!;
    }

    // A JSON object: IReadOnlyDictionary<,> or a type that implements it, such as Dictionary<,>.
    private static Type[]? DictionaryArguments(Type type) =>
        (type.IsInterface ? [type, .. type.GetInterfaces()] : type.GetInterfaces())
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>))
            ?.GetGenericArguments();
}
