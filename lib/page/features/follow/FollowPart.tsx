/**
 * The follow feature's part in the decision bar's row: "Følg sagen" for the item's first case
 * number (components/follows/FollowCaseButton.tsx), on pages whose store can follow cases.
 */
import type { Item } from '../../../model.ts';
import type { CaseFollowClient, CasePlace } from '../../../follows/case-follows.ts';
import { FollowCaseButton } from '../../../../components/follows/FollowCaseButton.tsx';

export function followPart(client: CaseFollowClient, place: CasePlace) {
  return function FollowCase({ item }: { item: Item }) {
    const caseNumber = item.cases[0]?.normalized ?? item.caseNumbers[0];
    return caseNumber ? <FollowCaseButton client={client} place={place} caseNumber={caseNumber} /> : null;
  };
}
