
      export interface PossibleTypesResultData {
        possibleTypes: {
          [key: string]: string[]
        }
      }
      const result: PossibleTypesResultData = {
  "possibleTypes": {
    "Node": [
      "AuditLogEntry",
      "Ballot",
      "Booking",
      "BookingSeries",
      "BudgetRound",
      "Committee",
      "Event",
      "Hub",
      "HubStaff",
      "Membership",
      "Milestone",
      "Notification",
      "Outcome",
      "Partnership",
      "PartnershipComment",
      "Project",
      "ProjectMember",
      "ProjectReview",
      "Rsvp",
      "Space",
      "Stakeholder",
      "StakeholderInvitation",
      "StakeholderMember",
      "User",
      "WebhookDelivery",
      "WorkflowEvent"
    ],
    "NotificationSubject": [
      "Booking",
      "BudgetRound",
      "Committee",
      "DataExport",
      "Event",
      "Membership",
      "Partnership",
      "Project",
      "Stakeholder",
      "StakeholderInvitation"
    ]
  }
};
      export default result;
    