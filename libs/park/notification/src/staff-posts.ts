/**
 * The hubs a person staffs, for the audit log's hub scope. The notification lib uses no other
 * feature: the directory, which owns hub staff, provides this (found through ModuleRef).
 */
export abstract class StaffPosts {
  abstract hubIdsStaffedBy(userId: string): Promise<string[]>;
}
