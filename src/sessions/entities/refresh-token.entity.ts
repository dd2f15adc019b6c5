import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { User } from '../../users/entities/user.entity';

/**
 * A refresh token, stored only as a SHA-256 hash. Rotation keeps a family:
 * every token issued from one sign-in shares `familyId`, so that reuse of a
 * spent token can revoke the whole family.
 */
@Entity()
// Revoked tokens by family, partial (written in the migration): is a sign-in ended?
@Index('ix_refresh_token_revoked_family', { synchronize: false })
export class RefreshToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('ix_refresh_token_user')
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index('ix_refresh_token_family')
  @Column({ type: 'uuid' })
  familyId: string;

  @Index('uq_refresh_token_hash', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** Set when the token was exchanged for a new one. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  /** Set by logout, by reuse detection, or when the password changes. */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
