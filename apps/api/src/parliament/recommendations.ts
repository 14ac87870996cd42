import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Classification, ParliamentaryRecommendationResponse, RecommendationAnswer } from '@send/contracts';
import { AuditService } from '../audit/audit.service';
import type { AuthUser } from '../auth/auth-user';
import { NotFound, StaleVersion, Unprocessable } from '../common/errors';
import { uniqueConflict } from '../common/references';
import { sql, type Db } from '../common/sql';
import { rejectNulls } from '../common/validators';
import type { CreateRecommendationBody, UpdateRecommendationBody } from './parliament.requests';

interface RecommendationRow {
  id: string;
  item_id: string;
  number: number;
  text: string;
  answer: RecommendationAnswer;
  answer_text: string | null;
  version: number;
  created_at: Date;
  updated_at: Date;
  created_by: string;
  updated_by: string;
}

/** The item a recommendation or link belongs to, as its callers hold it. */
export interface Item {
  id: string;
  classification: Classification;
}

const SELECT = `SELECT id, item_id, number, text, answer, answer_text, version, created_at, updated_at, created_by, updated_by FROM parliamentary_recommendations`;

function toRecommendation(r: RecommendationRow): ParliamentaryRecommendationResponse {
  return {
    id: r.id,
    itemId: r.item_id,
    number: r.number,
    text: r.text,
    answer: r.answer,
    answerText: r.answer_text,
    version: r.version,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
    createdBy: r.created_by,
    updatedBy: r.updated_by,
  };
}

/** A committee report's recommendations, numbered as the report numbers them, each with the government's answer. */
@Injectable()
export class Recommendations {
  constructor(private readonly audit: AuditService) {}

  async of(db: Db, itemId: string): Promise<ParliamentaryRecommendationResponse[]> {
    return (await sql<RecommendationRow>(db, `${SELECT} WHERE item_id = $1 ORDER BY number`, [itemId])).map(toRecommendation);
  }

  /** The caller has locked the item, having checked the reader may see it; the audit is marked as the item is. */
  async add(tx: EntityManager, item: Item, body: CreateRecommendationBody, user: AuthUser): Promise<ParliamentaryRecommendationResponse> {
    const [row] = await sql<RecommendationRow>(
      tx,
      `INSERT INTO parliamentary_recommendations (item_id, number, text, created_by, updated_by) VALUES ($1, $2, $3, $4, $4)
       RETURNING id, item_id, number, text, answer, answer_text, version, created_at, updated_at, created_by, updated_by`,
      [item.id, body.number, body.text, user.id],
    ).catch((error: unknown) => uniqueConflict(error, 'parliamentary_recommendations_item_id_number_key', 'number', `Recommendation ${body.number} is already recorded.`));
    const added = toRecommendation(row);
    await this.record(tx, user, item, 'recommendation_added', null, added);
    return added;
  }

  async update(tx: EntityManager, item: Item, id: string, version: number, body: UpdateRecommendationBody, user: AuthUser): Promise<ParliamentaryRecommendationResponse> {
    rejectNulls(body, ['text', 'answer']);
    const [before] = await sql<RecommendationRow>(tx, `${SELECT} WHERE id = $1 AND item_id = $2 FOR UPDATE`, [id, item.id]);
    if (!before) throw new NotFound('recommendation', id);
    if (before.version !== version) throw new StaleVersion('recommendation', id, before.version);
    const answer = body.answer ?? before.answer;
    const answerText = body.answerText === undefined ? before.answer_text : body.answerText;
    if (answer !== 'not_yet_answered' && answer !== 'under_consideration' && answerText === null) {
      throw new Unprocessable('Say how the government answered.', [{ field: 'answerText', message: 'an accepted or rejected recommendation needs the answer given' }]);
    }
    const [row] = await sql<RecommendationRow>(
      tx,
      `UPDATE parliamentary_recommendations SET text = $3, answer = $4, answer_text = $5, version = version + 1, updated_at = now(), updated_by = $2 WHERE id = $1
       RETURNING id, item_id, number, text, answer, answer_text, version, created_at, updated_at, created_by, updated_by`,
      [id, user.id, body.text ?? before.text, answer, answerText],
    );
    const after = toRecommendation(row);
    await this.record(tx, user, item, 'recommendation_updated', toRecommendation(before), after);
    return after;
  }

  private record(tx: EntityManager, user: AuthUser, item: Item, action: string, before: ParliamentaryRecommendationResponse | null, after: ParliamentaryRecommendationResponse): Promise<void> {
    const keep = (r: ParliamentaryRecommendationResponse) => ({ number: r.number, text: r.text, answer: r.answer, answerText: r.answerText });
    return this.audit.record(tx, { actorId: user.id, entity: 'parliamentary_item', entityId: item.id, action, before: before && keep(before), after: keep(after), details: { recommendationId: after.id }, classification: item.classification });
  }
}
